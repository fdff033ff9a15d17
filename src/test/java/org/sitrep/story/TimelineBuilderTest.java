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
}
