package org.sitrep.analyze;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.TestData;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples on the seed documents: resolved times, canonical entities with roles, quotes and speakers. */
class SeedAnalysisTest {
    private static final Map<String, AnalyzedArticle> SEEDS = new HashMap<>();

    @BeforeAll
    static void analyzeSeeds() throws Exception {
        Analyzer analyzer = Analyzer.standard();
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        try (var files = Files.list(TestData.seeds())) {
            for (var f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Article a = extractor.extract(RawDocument.of(f.toString(), DocumentFormat.TEXT, Instant.EPOCH, Map.of(),
                        Files.readAllBytes(f))).article();
                SEEDS.put(f.getFileName().toString().substring(0, 3), analyzer.analyze(a));
            }
        }
    }

    private static Optional<TimeExpression> time(String seed, String text, String contextAfter) {
        AnalyzedArticle a = SEEDS.get(seed);
        return a.times().stream().filter(t -> t.text().equals(text)
                && a.article().text().substring(t.end(), Math.min(a.article().text().length(), t.end() + 80)).contains(contextAfter)
                || t.text().equals(text) && contextAfter.isEmpty()).findFirst();
    }

    private static Entity entity(String seed, String id) {
        return SEEDS.get(seed).entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id + " in seed " + seed));
    }

    private static Quote quote(String seed, String startsWith) {
        return SEEDS.get(seed).quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + startsWith));
    }

    @Test
    void referenceDatesComeFromTheOriginalPublication() {
        assertThat(SEEDS.get("001").referenceDate()).isEqualTo(new ReferenceDate(LocalDate.of(2022, 2, 5), ReferenceDate.ORIGINAL));
        assertThat(SEEDS.get("002").referenceDate().date()).isEqualTo(LocalDate.of(2022, 1, 9));
        assertThat(SEEDS.get("000").referenceDate()).isEqualTo(new ReferenceDate(LocalDate.of(2022, 1, 22), ReferenceDate.PUBLICATION));
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        // "A bilateral summit ... is being held in Geneva on Monday." in an article of Sunday 2022-01-09
        assertThat(time("002", "Monday", "")).get().extracting(TimeExpression::value).isEqualTo("2022-01-10");
        // "It will be followed by ... in Brussels on Wednesday, and ... in Vienna on Thursday."
        assertThat(time("002", "Wednesday", "")).get().extracting(TimeExpression::value).isEqualTo("2022-01-12");
        assertThat(time("002", "Thursday", "")).get().extracting(TimeExpression::value).isEqualTo("2022-01-13");
        // "On Monday Blinken will take part" in an article of Saturday 2022-01-22
        assertThat(time("000", "Monday", "")).get().extracting(TimeExpression::value).isEqualTo("2022-01-24");
        // "Macron, who will meet with Putin in Moscow on Monday" in an article of Saturday 2022-02-05
        assertThat(time("001", "Monday", "")).get().extracting(TimeExpression::value).isEqualTo("2022-02-07");
        // "this Thursday" in an article of Thursday 2022-01-13
        assertThat(time("004", "this Thursday", "")).get().extracting(TimeExpression::value).isEqualTo("2022-01-13");
        assertThat(time("003", "1 December", "")).get().extracting(TimeExpression::value).isEqualTo("2021-12-01");
    }

    @Test
    void timeOffsetsPointIntoTheText() {
        for (AnalyzedArticle a : SEEDS.values()) {
            for (TimeExpression t : a.times()) {
                assertThat(a.article().text().substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void variantsResolveToCanonicalEntities() {
        assertThat(entity("002", "person:sergei-ryabkov").mentions()).extracting(Mention::text).contains("Sergei Ryablakov");
        assertThat(entity("004", "person:sergei-ryabkov").mentions()).extracting(Mention::text).contains("Sergei Ryabkov");
        assertThat(entity("004", "person:josep-borrell").mentions()).extracting(Mention::text).contains("Joseph Borell");
        assertThat(entity("003", "person:volodymyr-zelensky").mentions()).extracting(Mention::text).contains("Zelenski");
        assertThat(entity("002", "person:antony-blinken").mentions()).extracting(Mention::text)
                .contains("Antony Blinken", "Blinken");
        Entity kyiv = entity("000", "place:kyiv");
        assertThat(kyiv.name()).isEqualTo("Kyiv");
        assertThat(kyiv.mentions()).extracting(Mention::text).contains("Kiev");
    }

    @Test
    void differentPeopleWithSimilarNamesStayApart() {
        List<String> people = SEEDS.get("003").entities().stream().filter(e -> e.type().equals("PERSON")).map(Entity::id).toList();
        assertThat(people).contains("person:sergei-lavrov", "person:joe-biden").doesNotHaveDuplicates();
        assertThat(Names.samePerson("Sergei Lavrov", "Sergei Ryabkov")).isFalse();
        assertThat(Names.samePerson("Dmitry Peskov", "Dmitry Medvedev")).isFalse();
        assertThat(Names.samePerson("Sergey Ryabkov", "Sergei Ryablakov")).isTrue();
        // a surname alone has no given name to confirm a misspelling; its spelling variants still match
        assertThat(Names.samePerson("Himmler", "Hitler")).isFalse();
        assertThat(Names.samePerson("Himmler", "Adolf Hitler")).isFalse();
        assertThat(Names.samePerson("Borell", "Josep Borrell")).isTrue();
        assertThat(Names.samePerson("Zelenski", "Volodymyr Zelensky")).isTrue();
        // a first given name left out is the same person; another given name is someone else
        assertThat(Names.samePerson("Tayyip Erdogan", "Recep Tayyip Erdoğan")).isTrue();
        assertThat(Names.samePerson("Emine Erdoğan", "Recep Tayyip Erdoğan")).isFalse();
        assertThat(Names.samePerson("Jill Biden", "Joseph Robinette Biden")).isFalse();
        // a hyphenated surname is one word; an honorific or a doubled surname is no given name
        assertThat(Names.samePerson("Ms Lvova-Belova", "Maria Lvova-Belova")).isTrue();
        assertThat(Names.samePerson("Shoigu Shoigu", "Sergei Shoigu")).isTrue();
        assertThat(Names.samePerson("Dmitry Patrushev", "Nikolai Patrushev")).isFalse();
    }

    @Test
    void rolesComeFromTheText() {
        assertThat(entity("001", "person:john-kirby").roles()).contains("spokesman for the Pentagon");
        assertThat(entity("002", "person:antony-blinken").roles()).contains("US Secretary of State");
        assertThat(entity("004", "person:michael-carpenter").roles()).contains("US Ambassador to the OSCE");
    }

    @Test
    void metonymyIsALinkNotARewrite() {
        Entity moscow = entity("000", "place:moscow");
        assertThat(moscow.name()).isEqualTo("Moscow");
        assertThat(moscow.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Moscow");
            assertThat(m.actsFor()).isEqualTo("country:RUS");
        });
    }

    @Test
    void quotesHaveTheirSpeakers() {
        assertThat(quote("004", "We are facing a major security crisis in Europe").speaker()).isEqualTo("Michael Carpenter");
        assertThat(quote("001", "We have no objections").speaker()).isEqualTo("Dmytro Kuleba");
        Quote blinken = quote("002", "I don't think we are going to see any breakthrough in the coming week");
        assertThat(blinken.speaker()).isEqualTo("Antony Blinken"); // the speaker after a line break
        assertThat(blinken.speakerEntity()).isEqualTo("person:antony-blinken");
        assertThat(blinken.kind()).isEqualTo("full");
        assertThat(quote("004", "The United States and its allies are effectively saying").speaker()).isEqualTo("Sergei Ryabkov");
        Quote anonymous = quote("002", "As President Biden told President");
        assertThat(anonymous.speaker()).isEqualTo("a senior State Department official");
        assertThat(anonymous.speakerEntity()).isNull();
        // straight marks the translation left alone ("... nations. \"" closing a paragraph) pair within their quotes
        assertThat(quote("002", "The idea that Ukraine is the aggressor in this situation is absurd").speaker())
                .isEqualTo("Antony Blinken");
        assertThat(quote("002", "It is not for Russia to decide").speaker()).isEqualTo("the senior official");
        assertThat(SEEDS.get("002").quotes()).noneMatch(q -> q.text().contains("Files behind closed doors"));
        Quote partial = quote("000", "written answers");
        assertThat(partial.kind()).isEqualTo("partial");
    }

    @Test
    void quantitiesAreNormalised() {
        List<Quantity> q001 = SEEDS.get("001").quantities();
        assertThat(q001).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("30,000 Russian soldiers");
            assertThat(q.value()).isEqualTo(30_000);
            assertThat(q.subject()).isEqualTo("Russian soldiers");
        });
        List<Quantity> q003 = SEEDS.get("003").quantities();
        assertThat(q003).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("$ 4.9 billion");
            assertThat(q.value()).isEqualTo(4.9e9);
            assertThat(q.unit()).isEqualTo("USD");
        });
        assertThat(q003).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("About 10 thousand soldiers");
            assertThat(q.value()).isEqualTo(10_000);
        });
    }
}
