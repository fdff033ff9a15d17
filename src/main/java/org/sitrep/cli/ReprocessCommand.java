package org.sitrep.cli;

import org.sitrep.analyze.Analyzer;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import org.sitrep.story.StoryBuilder;
import org.sitrep.story.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "reprocess", description = {"Re-derive every article from the stored raw documents.",
        "Articles whose text changed, or that were never analysed, are analysed again (after the pipeline improves)."})
final class ReprocessCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--no-analyze", description = "Re-extract only.")
    boolean noAnalyze;

    @Option(names = "--reanalyze", description = "Analyse every article again, changed or not.")
    boolean reanalyze;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArticleExtractor extractor = new DefaultArticleExtractor();
        Analyzer analyzer = noAnalyze ? null : Analyzer.forStore(store.dir());
        AtomicLong changed = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong analyzed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Semaphore inFlight = new Semaphore(Math.max(1, threads) * 2);
        try (Store s = store.open()) {
            s.documents().forEachRaw(raw -> {
                Article before = s.documents().article(raw.articleId()).orElse(null);
                Article after;
                try {
                    after = extractor.extract(raw).article();
                } catch (ExtractionException | RuntimeException e) {
                    System.err.println("sitrep: " + raw.source() + ": " + e.getMessage());
                    failed.incrementAndGet();
                    return;
                }
                boolean same = Objects.equals(before, after);
                if (same) {
                    unchanged.incrementAndGet();
                } else {
                    s.replaceArticle(raw, after);
                    changed.incrementAndGet();
                }
                if (analyzer != null && (reanalyze || !same || !s.analyses().isAnalyzed(after.id()))) {
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            s.analyses().save(analyzer.analyze(after));
                            analyzed.incrementAndGet();
                        } catch (RuntimeException e) {
                            System.err.println("sitrep: " + raw.source() + ": analysis failed: " + e);
                            failed.incrementAndGet();
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            });
            pool.shutdown();
            pool.awaitTermination(7, TimeUnit.DAYS);
            if (changed.get() > 0 || analyzed.get() > 0) {
                // the saved stories hold articles as they were first seen: cluster the changed store afresh
                new StoryBuilder(StoryClusterer.Settings.defaults()).rebuild(s);
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("changed", changed.get());
        out.put("unchanged", unchanged.get());
        out.put("analyzed", analyzed.get());
        out.put("failed", failed.get());
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(out));
        } else {
            System.err.printf(Locale.ROOT, "%d changed, %d unchanged, %d analysed, %d failed%n", changed.get(),
                    unchanged.get(), analyzed.get(), failed.get());
        }
        return failed.get() == 0 ? 0 : 1;
    }
}
