package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.store.AnalysisStore;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quotes", description = "Who said what and when: the stored quotes with their speakers, articles and dates.")
final class QuotesCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker's (a name, part of one, in any spelling the articles use, or an entity id).")
    String speaker;

    @Option(names = "--all", description = "Also partial quotes (phrases quoted in the writer's own sentence).")
    boolean all;

    @Option(names = "--json", description = "Print JSON: [{article, published, text, start, end, speaker, speakerEntity, speakerText, kind}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            List<AnalysisStore.StoredQuote> quotes = s.analyses().quotes(speaker).stream()
                    .filter(q -> all || q.kind().equals("full")).toList();
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(quotes));
                return 0;
            }
            for (AnalysisStore.StoredQuote q : quotes) {
                String day = q.published() == null ? "" : q.published().substring(0, Math.min(10, q.published().length()));
                System.out.printf("%-10s %-24s “%s” (%s)%n", day, q.speaker() == null ? "?" : q.speaker(),
                        q.text().replaceAll("\\s+", " "), q.article());
            }
        }
        return 0;
    }
}
