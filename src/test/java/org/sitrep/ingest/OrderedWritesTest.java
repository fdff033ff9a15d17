package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.analyze.ReferenceDate;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts are written in the order the articles came, whatever order their analyses end in, so that a store built
 * twice from the same input is the same (a canonical entity is named after the first article that names it).
 */
class OrderedWritesTest {

    @Test
    void theFirstArticlesFactsAreWrittenFirstThoughItsAnalysisEndsLast(@TempDir Path store) {
        CountDownLatch othersDone = new CountDownLatch(4);
        AtomicInteger started = new AtomicInteger();
        Function<Article, AnalyzedArticle> analyzer = article -> {
            boolean first = started.getAndIncrement() == 0;
            if (first) {
                try {
                    othersDone.await(60, TimeUnit.SECONDS); // the first article waits for the four after it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            AnalyzedArticle out = new AnalyzedArticle(article, new ReferenceDate(null, "none"), List.of(), List.of(),
                    List.of(), List.of(), 1);
            if (!first) {
                othersDone.countDown();
            }
            return out;
        };
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        try (Store s = Store.open(store)) {
            IngestReport report = new Ingestor(s, new DefaultArticleExtractor(),
                    new HttpFetcher(HttpFetcher.Limits.defaults()), Ingestor.Options.defaults(), new IngestListener() {
                @Override
                public void onStored(RawDocument raw, Article article) {
                    stored.add(article.id());
                }

                @Override
                public void onAnalyzed(RawDocument raw, AnalyzedArticle analyzed) {
                    written.add(analyzed.article().id());
                }
            }, analyzer, 2).ingest(List.of(TestData.seeds().toString()));
            assertThat(report.errors()).isEmpty();
            assertThat(othersDone.getCount()).isZero(); // the analyses did end out of order
            assertThat(written).containsExactlyElementsOf(stored);
            assertThat(s.analyses().analyzedCount()).isEqualTo(5);
        }
    }
}
