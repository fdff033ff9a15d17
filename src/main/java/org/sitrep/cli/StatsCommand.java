package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", description = "Counts of stored articles by source, language and month.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            DocumentStore d = s.documents();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rawDocuments", d.rawCount());
            out.put("articles", d.articleCount());
            out.put("bySource", asMap(d.countBy(DocumentStore.Dimension.SOURCE)));
            out.put("byLanguage", asMap(d.countBy(DocumentStore.Dimension.LANGUAGE)));
            out.put("byMonth", asMap(d.countBy(DocumentStore.Dimension.MONTH)));
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(out));
                return 0;
            }
            System.out.printf("%d articles from %d raw documents in %s%n", d.articleCount(), d.rawCount(), store.dir());
            print("Source", d.countBy(DocumentStore.Dimension.SOURCE));
            print("Language", d.countBy(DocumentStore.Dimension.LANGUAGE));
            print("Month", d.countBy(DocumentStore.Dimension.MONTH));
        }
        return 0;
    }

    private static Map<String, Long> asMap(List<DocumentStore.Count> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.forEach(c -> m.put(c.key(), c.count()));
        return m;
    }

    private static void print(String heading, List<DocumentStore.Count> counts) {
        System.out.println();
        System.out.println(heading);
        int width = counts.stream().mapToInt(c -> Math.min(60, c.key().length())).max().orElse(10);
        for (DocumentStore.Count c : counts) {
            String key = c.key().length() > 60 ? c.key().substring(0, 59) + "…" : c.key();
            System.out.printf("  %-" + width + "s %8d%n", key, c.count());
        }
    }
}
