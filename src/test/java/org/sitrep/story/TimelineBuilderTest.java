package org.sitrep.story;

import org.junit.jupiter.api.Test;
import org.sitrep.analyze.TimeExpression;
import org.sitrep.analyze.time.TimeTagger;
import org.sitrep.model.Article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBuilderTest {

    private static Article article(String id, String published, String text) {
        return new Article(id, id, "t", published, null, null, null, null, null, null, "en", null, null, text);
    }

    @Test
    void aDayIsToldByTheSentenceOfWhatHappenedNotByOneThatCountsFromIt() {
        // both articles report something on February 24: one as the bound of a span, one as the day of the event
        Article since = article("a", "2022-05-10", "Doctors have been rescuing people without rest and in every region of "
                + "the country, in hospitals and in shelters, since February 24, when the shelling began.");
        Article on = article("b", "2022-05-11", "On February 24, the invasion began with missile strikes on Kyiv, Kharkiv "
                + "and other cities before dawn, and columns of troops crossed the border.");
        TimeTagger tagger = new TimeTagger();
        Map<String, List<TimeExpression>> times = Map.of("a", tagger.tag(since.text(), LocalDate.of(2022, 5, 10)),
                "b", tagger.tag(on.text(), LocalDate.of(2022, 5, 11)));
        Timeline timeline = new TimelineBuilder().build("s", List.of(since, on), Map.of(), times::get, null);
        Timeline.Entry day = timeline.entries().stream().filter(e -> e.date().equals(LocalDate.of(2022, 2, 24))).findFirst()
                .orElseThrow();
        assertThat(day.independentSources()).isEqualTo(2); // both still count for the day's salience
        assertThat(day.sentences().get(0).article()).isEqualTo("b");
    }

    @Test
    void aDayIsToldByWhatTheOtherSourcesSayOfIt() {
        // the address names the day twice: in a line about the present, and in the event the other sources report
        Article address = article("a", "2022-02-24", "Today, the army and the solidarity of our nation remain the "
                + "mainstay of our statehood, and every one of us knows what each of us must now do for our country. "
                + "This morning Russia launched a military operation against Ukraine.");
        Article later = article("b", "2022-03-16", "The full-scale Russian invasion of Ukraine began on February 24.");
        Article weekly = article("c", "2022-02-27", "Early in the morning of February 24, 2022, Russia launched a new "
                + "military operation against Ukraine, an unjustified and cynical intrusion.");
        Timeline.Entry day = entry(LocalDate.of(2022, 2, 24), address, later, weekly);
        assertThat(day.independentSources()).isEqualTo(3);
        assertThat(day.sentences()).filteredOn(s -> s.article().equals("a")).singleElement()
                .satisfies(s -> assertThat(s.text())
                        .isEqualTo("This morning Russia launched a military operation against Ukraine."));
    }

    @Test
    void whatDidNotHappenOnADayIsNotWhatHappened() {
        Article denial = article("a", "2022-06-01", "Russia did not start the war against Ukraine on February 24, as "
                + "its officials keep saying in every interview they give, but eight years earlier, in the spring of "
                + "2014.");
        Article report = article("b", "2022-06-02", "Russia started the war against Ukraine on February 24, 2022.");
        Timeline.Entry day = entry(LocalDate.of(2022, 2, 24), denial, report);
        assertThat(day.independentSources()).isEqualTo(2);
        assertThat(day.sentences().get(0).article()).isEqualTo("b");
    }

    @Test
    void aSentenceGoesOnPastTheAbbreviationsThatEndNone() {
        Article order = article("a", "2022-03-05", "The President signed Executive Order No. 81 of March 1, 2022, On "
                + "Additional Temporary Economic Measures. At 5 am, Mr. Putin actually declared war. It ended.");
        TimeTagger tagger = new TimeTagger();
        List<String> sentences = tagger.tag(order.text(), order.publishedDay()).stream()
                .map(t -> TimelineBuilder.sentence(order, t).text()).toList();
        assertThat(sentences).contains("The President signed Executive Order No. 81 of March 1, 2022, On Additional "
                + "Temporary Economic Measures.", "At 5 am, Mr. Putin actually declared war.");
    }

    /** The timeline entry of a day, each article's time expressions tagged against its publication day. */
    private static Timeline.Entry entry(LocalDate date, Article... articles) {
        TimeTagger tagger = new TimeTagger();
        Map<String, List<TimeExpression>> times = new java.util.HashMap<>();
        for (Article a : articles) {
            times.put(a.id(), tagger.tag(a.text(), a.publishedDay()));
        }
        return new TimelineBuilder().build("s", List.of(articles), Map.of(), times::get, null).entries().stream()
                .filter(e -> e.date().equals(date)).findFirst().orElseThrow();
    }
}
