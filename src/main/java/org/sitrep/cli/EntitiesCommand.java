package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.store.AnalysisStore;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "entities", description = "The canonical entities across the store, with every surface form seen.")
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only PERSON, ORGANIZATION, LOCATION or MISC.")
    String type;

    @Option(names = {"-n", "--limit"}, defaultValue = "0", description = "At most this many (0: all).")
    int limit;

    @Option(names = "--json", description = "Print JSON: [{id, name, type, aliases, mentions, articles}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            List<AnalysisStore.EntitySummary> all = s.analyses().entities().stream()
                    .filter(e -> type == null || e.type().equalsIgnoreCase(type))
                    .limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(all));
                return 0;
            }
            for (AnalysisStore.EntitySummary e : all) {
                System.out.printf("%-13s %-30s %6d mentions %5d articles  %s%n", e.type(), e.name(), e.mentions(), e.articles(),
                        String.join(" | ", e.aliases().subList(0, Math.min(6, e.aliases().size()))));
            }
        }
        return 0;
    }
}
