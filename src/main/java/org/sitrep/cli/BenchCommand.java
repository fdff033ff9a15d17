package org.sitrep.cli;

import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.analyze.Analyzer;
import org.sitrep.analyze.AnnotatedText;
import org.sitrep.analyze.ReferenceDate;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Measure Sitrep's speed.", subcommands = {BenchCommand.Analyze.class, BenchCommand.Pipeline.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: analyze or pipeline");
    }

    /** What a benchmark reads: the articles behind some inputs, at most {@code --limit} of them. */
    static final class Input {
        @Mixin
        StoreOption store;

        @Option(names = "--data", required = true, arity = "1..*", paramLabel = "INPUT", description = "Files or directories of articles.")
        List<String> data;

        @Option(names = "--limit", defaultValue = "200", description = "Articles measured (default: ${DEFAULT-VALUE}).")
        int limit;

        List<Article> articles() {
            List<Article> articles = new ArrayList<>();
            ArticleInputs.forEach(data, store, new DefaultArticleExtractor(), a -> {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            });
            return articles;
        }
    }

    /**
     * Articles run through an engine before it is timed: CoreNLP keeps getting faster over its first dozens of
     * documents (JIT), and the pipeline runs after the bare engine in the same JVM, so a short warm-up flatters it.
     */
    static final int WARM_UP = 30;

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Seconds that {@code work} takes over the articles on one thread, after {@link #WARM_UP} untimed ones. */
    static double seconds(List<Article> articles, java.util.function.Consumer<Article> work) {
        articles.subList(0, Math.min(WARM_UP, articles.size())).forEach(work);
        long t0 = System.nanoTime();
        articles.forEach(work);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Seconds that CoreNLP in the "lite" configuration of ../shared/notes/dependencies.md (NER with SUTime, quotes)
     * takes over the articles' texts on one thread: the reference ceiling of that engine.
     */
    static double corenlpLiteSeconds(List<Article> articles) {
        org.sitrep.analyze.CoreNlp lite = new org.sitrep.analyze.CoreNlp(org.sitrep.analyze.CoreNlp.Mode.LITE);
        return seconds(articles, a -> lite.annotate(a.text(), Analyzer.referenceDate(a).date()));
    }

    @Command(name = "analyze", description = {"Articles/s and tokens/s of the whole analysis, next to bare CoreNLP on the",
            "same texts in the same run (one thread): the engine as Sitrep runs it (without SUTime; its share and",
            "Sitrep's own measured apart) and CoreNLP lite (with SUTime), the reference ceiling."})
    static final class Analyze implements Callable<Integer> {
        @Mixin
        Input input;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<Article> articles = input.articles();
            Analyzer analyzer = Analyzer.forStore(input.store.dir());
            for (Article a : articles.subList(0, Math.min(WARM_UP, articles.size()))) {
                analyzer.analyze(a); // warm-up
            }
            long engine = 0;
            long own = 0;
            long tokens = 0;
            for (Article a : articles) {
                ReferenceDate ref = Analyzer.referenceDate(a);
                long t0 = System.nanoTime();
                AnnotatedText text = analyzer.annotate(a);
                long t1 = System.nanoTime();
                AnalyzedArticle result = analyzer.analyze(a, ref, text);
                long t2 = System.nanoTime();
                engine += t1 - t0;
                own += t2 - t1;
                tokens += result.tokens();
            }
            double total = (engine + own) / 1e9;
            double engineSeconds = engine / 1e9;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("articles", articles.size());
            out.put("tokens", tokens);
            out.put("threads", 1);
            out.put("articlesPerSecond", round(articles.size() / total));
            out.put("tokensPerSecond", Math.round(tokens / total));
            out.put("corenlpArticlesPerSecond", round(articles.size() / engineSeconds));
            out.put("corenlpTokensPerSecond", Math.round(tokens / engineSeconds));
            out.put("overhead", round((double) own / engine));
            double liteSeconds = corenlpLiteSeconds(articles);
            out.put("corenlpLiteArticlesPerSecond", round(articles.size() / liteSeconds));
            out.put("corenlpLiteTokensPerSecond", Math.round(tokens / liteSeconds));
            out.put("speedupOverCorenlpLite", round(liteSeconds / total));
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(out));
            } else {
                out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-26s %s%n", k, v));
            }
            return 0;
        }
    }

    @Command(name = "pipeline", description = {"The whole pipeline (ingest, extract, analyse, store, stories) on the same",
            "articles with 1 and 2 threads, next to bare CoreNLP on their texts in the same run (one thread): the",
            "engine as Sitrep runs it (without SUTime) and CoreNLP lite (with SUTime), the reference ceiling."})
    static final class Pipeline implements Callable<Integer> {
        @Mixin
        Input input;

        @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--scale", split = ",", defaultValue = "1", description = {"Corpus sizes as multiples of the",
                "articles read, each copy varied (its paragraphs rotated, a copy number in its title and URL) so that",
                "none is an exact duplicate; every scale runs on the largest thread count (default: ${DEFAULT-VALUE})."})
        List<Integer> scales;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        /** The articles written as one JSON Lines corpus, {@code copies} varied copies of each. */
        private static java.nio.file.Path corpus(List<Article> articles, int copies, java.nio.file.Path file) throws java.io.IOException {
            try (var out = java.nio.file.Files.newBufferedWriter(file)) {
                for (int copy = 0; copy < copies; copy++) {
                    for (Article a : articles) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("url", copy == 0 ? a.url() : a.url() + "#copy-" + copy);
                        row.put("title", copy == 0 ? a.title() : a.title() + " (" + copy + ")");
                        row.put("published", a.published());
                        row.put("text", copy == 0 ? a.text() : rotate(a.text(), copy));
                        out.write(Json.mapper().writeValueAsString(row));
                        out.write('\n');
                    }
                }
            }
            return file;
        }

        private static String rotate(String text, int by) {
            List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
            java.util.Collections.rotate(paragraphs, by % Math.max(1, paragraphs.size()));
            return String.join("\n\n", paragraphs) + "\n\n(" + by + ")";
        }

        @Override
        public Integer call() throws Exception {
            // the articles, written as one JSON Lines corpus so that every run reads the same input
            List<Article> articles = input.articles();
            java.nio.file.Path work = java.nio.file.Files.createTempDirectory("sitrep-bench");
            java.nio.file.Path corpus = corpus(articles, 1, work.resolve("corpus.jsonl"));
            Analyzer analyzer = Analyzer.forStore(input.store.dir());
            // bare CoreNLP (as Sitrep runs it, then lite) on the same texts, one thread
            double engineSeconds = seconds(articles, analyzer::annotate);
            double liteSeconds = corenlpLiteSeconds(articles);

            List<Map<String, Object>> results = new ArrayList<>();
            List<int[]> runs = new ArrayList<>(); // {threads, scale}
            threads.forEach(n -> runs.add(new int[]{n, 1}));
            int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
            scales.stream().filter(k -> k > 1).forEach(k -> runs.add(new int[]{most, k}));
            for (int[] run : runs) {
                int n = run[0];
                int scale = run[1];
                java.nio.file.Path dir = work.resolve("store-" + n + "-x" + scale);
                java.nio.file.Path input = scale == 1 ? corpus : corpus(articles, scale, work.resolve("corpus-x" + scale + ".jsonl"));
                int count = articles.size() * scale;
                for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    pool.resetPeakUsage();
                }
                java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
                long start = System.nanoTime();
                int stories;
                try (org.sitrep.store.Store s = org.sitrep.store.Store.open(dir)) {
                    new org.sitrep.ingest.Ingestor(s, new DefaultArticleExtractor(),
                            new org.sitrep.ingest.HttpFetcher(org.sitrep.ingest.HttpFetcher.Limits.defaults()),
                            org.sitrep.ingest.Ingestor.Options.defaults(), new org.sitrep.ingest.IngestListener() {
                                @Override
                                public void onAnalyzed(org.sitrep.model.RawDocument raw, AnalyzedArticle analyzed) {
                                    tokens.addAndGet(analyzed.tokens());
                                }
                            }, analyzer::analyze, n).ingest(List.of(input.toString()));
                    stories = new org.sitrep.story.StoryBuilder(org.sitrep.story.StoryClusterer.Settings.defaults()).build(s).size();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = 0;
                for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                        peak += pool.getPeakUsage().getUsed();
                    }
                }
                long bytes;
                try (var files = java.nio.file.Files.walk(dir)) {
                    bytes = files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("threads", n);
                r.put("scale", scale);
                r.put("articles", count);
                r.put("articlesPerSecond", round(count / seconds));
                r.put("millisecondsPerArticle", round(seconds * 1000 / count));
                r.put("tokensPerSecond", Math.round(tokens.get() / seconds));
                r.put("peakHeapMb", peak >> 20);
                r.put("corenlpArticlesPerSecond", round(articles.size() / engineSeconds));
                r.put("overhead", n == 1 && scale == 1 ? round(seconds / engineSeconds - 1) : null);
                r.put("corenlpLiteArticlesPerSecond", round(articles.size() / liteSeconds));
                r.put("stories", stories);
                r.put("storeBytesPerArticle", count == 0 ? 0 : bytes / count);
                results.add(r);
            }
            try (var files = java.nio.file.Files.walk(work)) { // the corpora and stores were only for measuring
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(results));
            } else {
                for (Map<String, Object> r : results) {
                    r.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-26s %s%n", k, v));
                    System.out.println();
                }
            }
            return 0;
        }
    }
}
