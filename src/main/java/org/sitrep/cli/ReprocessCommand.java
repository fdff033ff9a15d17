package org.sitrep.cli;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "reprocess", description = "Re-derive every article from the stored raw documents (after the pipeline improves).")
final class ReprocessCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArticleExtractor extractor = new DefaultArticleExtractor();
        long[] counts = new long[3]; // changed, unchanged, failed
        try (Store s = store.open()) {
            s.documents().forEachRaw(raw -> {
                Article before = s.documents().article(raw.articleId()).orElse(null);
                Article after;
                try {
                    after = extractor.extract(raw).article();
                } catch (ExtractionException | RuntimeException e) {
                    System.err.println("sitrep: " + raw.source() + ": " + e.getMessage());
                    counts[2]++;
                    return;
                }
                if (Objects.equals(before, after)) {
                    counts[1]++;
                } else {
                    s.replaceArticle(raw, after);
                    counts[0]++;
                }
            });
        }
        if (json) {
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("changed", counts[0]);
            out.put("unchanged", counts[1]);
            out.put("failed", counts[2]);
            System.out.println(Json.mapper().writeValueAsString(out));
        } else {
            System.err.printf(Locale.ROOT, "%d changed, %d unchanged, %d failed%n", counts[0], counts[1], counts[2]);
        }
        return counts[2] == 0 ? 0 : 1;
    }
}
