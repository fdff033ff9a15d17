package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing a store leaves no error behind; compacting it keeps every article. */
class StoreMaintenanceTest {
    private final IngestFixture fixture = new IngestFixture();

    @Test
    void closingTheStoreWritesNoErrorToTheDatabaseTrace(@TempDir Path dir) throws Exception {
        fixture.ingest(dir, TestData.seeds().toString());
        for (int i = 0; i < 3; i++) {
            Store.open(dir).close();
        }
        Path trace = dir.resolve("db").resolve("sitrep.trace.db");
        String written = Files.exists(trace) ? Files.readString(trace) : "";
        assertThat(written).doesNotContain("Exception");
    }

    @Test
    void compactingKeepsEveryArticleAndReportsTheSizes(@TempDir Path dir) {
        fixture.ingest(dir, TestData.seeds().toString());
        List<Article> before = articles(dir);

        Store.Compaction sizes = Store.compact(dir);

        assertThat(sizes.bytesBefore()).isPositive();
        assertThat(sizes.bytesAfter()).isPositive().isLessThanOrEqualTo(sizes.bytesBefore());
        assertThat(sizes.bytesAfter()).isEqualTo(Store.diskBytes(dir));
        assertThat(articles(dir)).containsExactlyInAnyOrderElementsOf(before).hasSize(5);
    }

    @Test
    void compactingWhereThereIsNoStoreFailsWithoutCreatingOne(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> Store.compact(missing)).isInstanceOf(StoreException.class).hasMessageContaining("no store");
        assertThat(missing).doesNotExist();
    }

    private static List<Article> articles(Path dir) {
        List<Article> out = new ArrayList<>();
        try (Store s = Store.open(dir)) {
            s.documents().forEachArticle(out::add);
        }
        return out;
    }
}
