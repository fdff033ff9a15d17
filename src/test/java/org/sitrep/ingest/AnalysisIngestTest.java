package org.sitrep.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.analyze.Analyzer;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.store.AnalysisStore;
import org.sitrep.store.Store;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingestion with analysis: facts stored with their evidence, entities resolved across articles, analysis resumed. */
class AnalysisIngestTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void engine() {
        analyzer = Analyzer.standard();
    }

    private static IngestReport ingest(Path store, boolean analyze) {
        try (Store s = Store.open(store)) {
            return new Ingestor(s, new DefaultArticleExtractor(), new HttpFetcher(HttpFetcher.Limits.defaults()),
                    Ingestor.Options.defaults(), new IngestListener() {
            }, analyze ? analyzer::analyze : null, 2).ingest(List.of(TestData.seeds().toString()));
        }
    }

    @Test
    void entitiesAreOneAcrossArticlesAndQuotesKeepTheirArticle(@TempDir Path store) {
        IngestReport report = ingest(store, true);
        assertThat(report.errors()).isEmpty();
        try (Store s = Store.open(store)) {
            assertThat(s.analyses().analyzedCount()).isEqualTo(5);
            List<AnalysisStore.EntitySummary> entities = s.analyses().entities();
            AnalysisStore.EntitySummary ryabkov = entities.stream().filter(e -> e.id().equals("person:sergei-ryabkov"))
                    .findFirst().orElseThrow();
            assertThat(ryabkov.aliases()).contains("Sergei Ryablakov", "Sergei Ryabkov");
            assertThat(ryabkov.articles()).isEqualTo(2);
            AnalysisStore.EntitySummary blinken = entities.stream().filter(e -> e.id().equals("person:antony-blinken"))
                    .findFirst().orElseThrow();
            assertThat(blinken.aliases()).contains("Antony Blinken", "Blinken");
            assertThat(blinken.articles()).isGreaterThanOrEqualTo(3);
            assertThat(entities).filteredOn(e -> e.name().contains("Ryab")).hasSize(1);

            List<AnalysisStore.StoredQuote> carpenter = s.analyses().quotes("Carpenter");
            assertThat(carpenter).anySatisfy(q -> {
                assertThat(q.text()).startsWith("We are facing a major security crisis in Europe");
                assertThat(q.published()).startsWith("2022-01-13");
                String text = s.documents().article(q.article()).orElseThrow().text();
                assertThat(text.substring(q.start(), q.end())).contains("We are facing a major security crisis");
            });
        }
    }

    @Test
    void theSeedsAreOneStoryWhoseTimelineRanksGenevaAndViennaFirst(@TempDir Path store) {
        ingest(store, true);
        try (Store s = Store.open(store)) {
            java.util.List<org.sitrep.model.Article> articles = new java.util.ArrayList<>();
            s.documents().forEachArticle(articles::add);
            java.util.List<org.sitrep.story.Story> stories =
                    new org.sitrep.story.StoryBuilder(org.sitrep.story.StoryClusterer.Settings.defaults()).build(s);
            assertThat(stories).hasSize(1);
            assertThat(stories.get(0).articles()).containsExactlyInAnyOrderElementsOf(
                    articles.stream().map(org.sitrep.model.Article::id).toList()).hasSize(5);
            org.sitrep.story.Timeline t = new org.sitrep.story.TimelineBuilder().build(stories.get(0).id(), articles,
                    stories.get(0).copies(),
                    id -> s.analyses().times(id), null);
            assertThat(t.entries().subList(0, 2)).extracting(e -> e.date().toString())
                    .containsExactlyInAnyOrder("2022-01-10", "2022-01-13");
            assertThat(t.entries().subList(0, 2)).allSatisfy(e -> assertThat(e.independentSources()).isEqualTo(2));
            assertThat(t.entries()).extracting(e -> e.date().toString()).contains("2022-01-12", "2022-01-24", "2022-02-07");
            for (org.sitrep.story.Timeline.Entry e : t.entries()) {
                assertThat(e.sentences()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
                for (org.sitrep.story.Timeline.Evidence ev : e.sentences()) {
                    String text = s.documents().article(ev.article()).orElseThrow().text();
                    assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
                }
            }
            org.sitrep.story.Timeline early = new org.sitrep.story.TimelineBuilder().build("all", articles, java.util.Map.of(),
                    id -> s.analyses().times(id), java.time.LocalDate.of(2022, 1, 10));
            assertThat(early.entries()).extracting(e -> e.date().toString())
                    .contains("2022-01-10", "2022-01-12", "2022-01-13") // announced on 9 January
                    .doesNotContain("2022-01-24", "2022-02-07"); // published later
        }
    }

    @Test
    void articlesStoredWithoutAnalysisAreAnalysedByTheNextIngest(@TempDir Path store) {
        ingest(store, false);
        try (Store s = Store.open(store)) {
            assertThat(s.analyses().analyzedCount()).isZero();
        }
        IngestReport again = ingest(store, true);
        assertThat(again.added()).isZero();
        assertThat(again.duplicate()).isEqualTo(5);
        try (Store s = Store.open(store)) {
            assertThat(s.analyses().analyzedCount()).isEqualTo(5);
        }
    }
}
