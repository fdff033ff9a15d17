package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.store.Store;
import org.sitrep.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", description = "Full-text search of the stored articles (Lucene query syntax).")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> query;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            List<TextIndex.Hit> hits = s.index().search(String.join(" ", query), limit);
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(hits));
            } else {
                for (TextIndex.Hit h : hits) {
                    System.out.printf("%s  %-10s  %s%n", h.articleId(), h.published() == null ? "" : h.published().substring(0, Math.min(10, h.published().length())),
                            h.title() == null ? "" : h.title());
                }
            }
        }
        return 0;
    }
}
