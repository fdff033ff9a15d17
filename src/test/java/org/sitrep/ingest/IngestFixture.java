package org.sitrep.ingest;

import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.store.Store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs ingests into a store the way the CLI does, remembering the warnings. */
final class IngestFixture {
    final List<String> warnings = new ArrayList<>();

    IngestReport ingest(Path storeDir, String... inputs) {
        return ingest(storeDir, Map.of(), inputs);
    }

    IngestReport ingest(Path storeDir, Map<String, String> fieldMap, String... inputs) {
        try (Store store = Store.open(storeDir)) {
            return ingest(store, fieldMap, inputs);
        }
    }

    IngestReport ingest(Store store, Map<String, String> fieldMap, String... inputs) {
        HttpFetcher.Limits limits = new HttpFetcher.Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), 10L << 20, 5,
                Duration.ofSeconds(1));
        Ingestor.Options options = new Ingestor.Options(10L << 20, fieldMap, () -> System.in);
        IngestListener listener = new IngestListener() {
            @Override
            public void onWarning(String where, String reason) {
                warnings.add(where + ": " + reason);
            }
        };
        return new Ingestor(store, new DefaultArticleExtractor(), new HttpFetcher(limits), options, listener)
                .ingest(List.of(inputs));
    }
}
