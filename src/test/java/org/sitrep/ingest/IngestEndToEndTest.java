package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.model.Article;
import org.sitrep.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestEndToEndTest {
    @TempDir
    Path store;

    @Test
    void seedsAndPressReleasesAreStoredOnceEach() {
        IngestFixture fixture = new IngestFixture();

        IngestReport seeds = fixture.ingest(store, TestData.seeds().toString());
        assertThat(seeds.errors()).isEmpty();
        assertThat(seeds.added()).isEqualTo(5); // README.md beside the seeds is not an article file

        IngestReport corpus = fixture.ingest(store, TestData.pressReleases().toString());
        assertThat(corpus.errors()).isEmpty();
        assertThat(corpus.added()).isEqualTo(1796);

        IngestReport again = fixture.ingest(store, TestData.seeds().toString(), TestData.pressReleases().toString());
        assertThat(again.added()).isZero();
        assertThat(again.duplicate()).isEqualTo(1801);
        assertThat(again.failed()).isZero();

        try (Store s = Store.open(store)) {
            assertThat(s.documents().rawCount()).isEqualTo(1801);
            assertThat(s.documents().articleCount()).isEqualTo(1801);
            assertThat(s.index().size()).isEqualTo(1801);
            List<Article> articles = new ArrayList<>();
            s.documents().forEachArticle(articles::add);
            Article kremlin = articles.stream().filter(a -> "http://en.kremlin.ru/events/president/news/68469".equals(a.url()))
                    .findFirst().orElseThrow();
            assertThat(kremlin.title()).isEqualTo("Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev");
            assertThat(kremlin.published()).isEqualTo("2022-05-24T15:00:00Z");
            assertThat(kremlin.text()).startsWith("Vladimir Putin had a telephone conversation with President of the Republic of Uzbekistan")
                    .contains("The presidents discussed key topics on the bilateral agenda");
            assertThat(s.index().search("Mirziyoyev Uzbekistan", 100)).extracting(h -> h.articleId()).contains(kremlin.id());
        }
    }

    @Test
    void aFieldMapNamesTheColumns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("renamed.csv");
        java.nio.file.Files.writeString(csv, "address,heading,when,words\n"
                + "https://example.org/a,Talks in Geneva,2022-01-10,\"The talks began on Monday.\"\n");
        IngestReport report = new IngestFixture().ingest(store, java.util.Map.of("url", "address", "title", "heading",
                "published", "when", "text", "words"), csv.toString());
        assertThat(report.added()).isEqualTo(1);
        try (Store s = Store.open(store)) {
            List<Article> articles = new ArrayList<>();
            s.documents().forEachArticle(articles::add);
            assertThat(articles).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("Talks in Geneva");
                assertThat(a.url()).isEqualTo("https://example.org/a");
                assertThat(a.published()).isEqualTo("2022-01-10");
                assertThat(a.text()).isEqualTo("The talks began on Monday.");
            });
        }
    }
}
