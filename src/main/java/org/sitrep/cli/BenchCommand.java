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

@Command(name = "bench", description = "Measure Sitrep's speed.", subcommands = {BenchCommand.Analyze.class, BenchCommand.Pipeline.class,
        BenchCommand.Stories.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: analyze, pipeline or stories");
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
        return timed(articles, work).wall();
    }

    /** Wall-clock and CPU seconds (the whole process's: work, garbage collection, compilation) of some work. */
    record Timing(double wall, double cpu) {
        static Timing of(Runnable work) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            work.run();
            return new Timing((System.nanoTime() - t0) / 1e9, (processCpuNanos() - c0) / 1e9);
        }
    }

    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** {@link #seconds} as wall-clock and CPU time. */
    static Timing timed(List<Article> articles, java.util.function.Consumer<Article> work) {
        return timed(articles, work, WARM_UP);
    }

    /** Wall-clock and CPU time of {@code work} over the articles on one thread, after {@code warmUp} untimed ones. */
    static Timing timed(List<Article> articles, java.util.function.Consumer<Article> work, int warmUp) {
        articles.subList(0, Math.min(warmUp, articles.size())).forEach(work);
        return Timing.of(() -> articles.forEach(work));
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
                out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-31s %s%n", k, v));
            }
            return 0;
        }
    }

    @Command(name = "stories", description = {"The cost of adding an article to the stories as they grow: a stream of",
            "--articles articles made from the texts of --data (each most of one text's sentences and some of others',",
            "so that none is a copy; its capitalised words for entities), --per-day of them a day, 30 new texts taken",
            "up a day and each written about for ten days; the time per article in twenty stretches of the stream,",
            "the stories still open, the heap, and the saved state's size and the time to save and load it (which",
            "`sitrep ingest` does once a run)."})
    static final class Stories implements Callable<Integer> {
        @Mixin
        Input input;

        @Option(names = "--articles", defaultValue = "100000", description = "Articles in the stream (default: "
                + "${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--per-day", defaultValue = "1000", description = "Articles a day (default: ${DEFAULT-VALUE}).")
        int perDay;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        private static final int NEW_A_DAY = 30;
        /** A capitalised word inside a sentence, standing for an entity. */
        private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile(
                "(?<=[a-z,] )\\p{Lu}\\p{L}{3,}");
        private static final int DAYS_WRITTEN_ABOUT = 10;

        record Stretch(int articles, double msPerArticle, int openStories, long heapMb) {
        }

        record Result(int articles, int perDay, int stories, List<Stretch> stretches, long stateBytes, double saveSeconds,
                      double loadSeconds) {
        }

        @Override
        public Integer call() throws Exception {
            List<List<String>> texts = new ArrayList<>();
            for (Article a : input.articles()) {
                List<String> sentences = List.of(a.text().split("(?<=[.!?])\\s+"));
                if (sentences.size() >= 4) {
                    texts.add(sentences);
                }
            }
            if (texts.isEmpty()) {
                System.err.println("sitrep: no article of four sentences or more in --data");
                return 1;
            }
            java.util.Random random = new java.util.Random(1);
            org.sitrep.story.StoryClusterer clusterer = new org.sitrep.story.StoryClusterer(
                    org.sitrep.story.StoryClusterer.Settings.defaults());
            java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
            List<Stretch> stretches = new ArrayList<>();
            int stretch = Math.max(1, count / 20);
            long nanos = 0;
            for (int i = 0; i < count; i++) {
                org.sitrep.story.StoryArticle a = synthetic(i, texts, random, i / perDay, start.plusDays(i / perDay));
                long t0 = System.nanoTime();
                clusterer.add(a);
                nanos += System.nanoTime() - t0;
                if ((i + 1) % stretch == 0 || i + 1 == count) {
                    int n = (i + 1) % stretch == 0 ? stretch : (i + 1) % stretch;
                    Runtime rt = Runtime.getRuntime();
                    stretches.add(new Stretch(i + 1, round(nanos / 1e6 / n), clusterer.openStories(),
                            (rt.totalMemory() - rt.freeMemory()) >> 20));
                    nanos = 0;
                    if (!json) {
                        Stretch s = stretches.get(stretches.size() - 1);
                        System.err.printf(Locale.ROOT, "%,d articles: %.3f ms an article, %,d open stories, heap %,d MB%n",
                                s.articles(), s.msPerArticle(), s.openStories(), s.heapMb());
                    }
                }
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("sitrep-stories", ".bin");
            try {
                Timing save = Timing.of(() -> {
                    try {
                        clusterer.save(file, 1);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Timing load = Timing.of(() -> {
                    try {
                        org.sitrep.story.StoryClusterer.load(file, org.sitrep.story.StoryClusterer.Settings.defaults());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Result r = new Result(count, perDay, clusterer.assignments().values().stream().collect(
                        java.util.stream.Collectors.toSet()).size(), stretches, java.nio.file.Files.size(file),
                        round(save.wall()), round(load.wall()));
                if (json) {
                    System.out.println(Json.mapper().writeValueAsString(r));
                } else {
                    System.out.printf(Locale.ROOT, "%,d articles, %,d a day: %,d stories; saved state %,d bytes, "
                            + "saved in %.2f s, loaded in %.2f s%n", r.articles(), r.perDay(), r.stories(),
                            r.stateBytes(), r.saveSeconds(), r.loadSeconds());
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return 0;
        }

        /**
         * Article {@code i} of the stream: three quarters of the sentences of one of the texts written about that day
         * ({@value #NEW_A_DAY} taken up a day, each for {@value #DAYS_WRITTEN_ABOUT} days: a story), and a quarter of
         * other texts' sentences, none a near-duplicate of another; its capitalised words inside sentences stand for
         * its entities.
         */
        private static org.sitrep.story.StoryArticle synthetic(int i, List<List<String>> texts, java.util.Random random,
                                                               int dayNumber, java.time.LocalDate day) {
            int pick = (dayNumber * NEW_A_DAY + random.nextInt(NEW_A_DAY * DAYS_WRITTEN_ABOUT)) % texts.size();
            List<String> own = texts.get(pick);
            List<String> sentences = new ArrayList<>();
            for (String s : own) {
                if (random.nextInt(4) != 0) {
                    sentences.add(s);
                }
            }
            int others = Math.max(1, own.size() / 4);
            for (int k = 0; k < others; k++) {
                List<String> other = texts.get(random.nextInt(texts.size()));
                sentences.add(random.nextInt(sentences.size() + 1), other.get(random.nextInt(other.size())));
            }
            String text = String.join(" ", sentences);
            java.util.Set<String> entities = new java.util.HashSet<>();
            java.util.regex.Matcher m = CAPITALISED.matcher(text);
            while (m.find()) {
                entities.add("e:" + m.group().toLowerCase(Locale.ROOT));
            }
            return new org.sitrep.story.StoryArticle("a" + i, null, text, day, entities, null);
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

        /** What one timed run of the pipeline measured. */
        private record Run(double seconds, double cpuSeconds, double engineSeconds, long tokens, int stories, long peakHeap,
                           long storeBytes, long compactedBytes) {
        }

        /** Ingest (with analysis on {@code threads} threads) a corpus into a new store at {@code dir}, then its stories. */
        private static Run pipeline(java.nio.file.Path corpus, java.nio.file.Path dir, int threads, Analyzer analyzer)
                throws java.io.IOException {
            for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong engineNanos = new java.util.concurrent.atomic.AtomicLong();
            java.util.function.Function<Article, AnalyzedArticle> analysis = a -> { // the engine's share timed inside the run
                ReferenceDate ref = Analyzer.referenceDate(a);
                long t0 = System.nanoTime();
                AnnotatedText text = analyzer.annotate(a);
                engineNanos.addAndGet(System.nanoTime() - t0);
                return analyzer.analyze(a, ref, text);
            };
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            int stories;
            try (org.sitrep.store.Store s = org.sitrep.store.Store.open(dir)) {
                new org.sitrep.ingest.Ingestor(s, new DefaultArticleExtractor(),
                        new org.sitrep.ingest.HttpFetcher(org.sitrep.ingest.HttpFetcher.Limits.defaults()),
                        org.sitrep.ingest.Ingestor.Options.defaults(), new org.sitrep.ingest.IngestListener() {
                            @Override
                            public void onAnalyzed(org.sitrep.model.RawDocument raw, AnalyzedArticle analyzed) {
                                tokens.addAndGet(analyzed.tokens());
                            }
                        }, analysis, threads).ingest(List.of(corpus.toString()));
                stories = new org.sitrep.story.StoryBuilder(org.sitrep.story.StoryClusterer.Settings.defaults()).build(s).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long peak = 0;
            for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            var bytes = org.sitrep.store.Store.compact(dir); // untimed: what the store holds, beside what the file took
            return new Run(seconds, cpuSeconds, engineNanos.get() / 1e9, tokens.get(), stories, peak, bytes.bytesBefore(),
                    bytes.bytesAfter());
        }

        @Override
        public Integer call() throws Exception {
            // the articles, written as one JSON Lines corpus so that every run reads the same input
            List<Article> articles = input.articles();
            java.nio.file.Path work = java.nio.file.Files.createTempDirectory("sitrep-bench");
            java.nio.file.Path corpus = corpus(articles, 1, work.resolve("corpus.jsonl"));
            Analyzer analyzer = Analyzer.forStore(input.store.dir());
            // Steady state, as a long ingestion runs: on this 2-core machine the JIT goes on compiling CoreNLP, H2,
            // Lucene and our code for thousands of calls, so the engine and the pipeline are each timed after one
            // untimed pass over all the articles (a 30-article warm-up left the compiler busy through the timed runs),
            // twice, and the faster run counts.
            // Bare CoreNLP as Sitrep runs it, then lite (the reference, after the usual 30 articles), one thread:
            Timing engineBefore = timed(articles, analyzer::annotate, articles.size());
            double liteSeconds = corenlpLiteSeconds(articles);
            pipeline(corpus, work.resolve("store-warm-up"), 1, analyzer);

            List<Map<String, Object>> results = new ArrayList<>();
            List<int[]> runs = new ArrayList<>(); // {threads, scale}
            threads.forEach(n -> runs.add(new int[]{n, 1}));
            int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
            scales.stream().filter(k -> k > 1).forEach(k -> runs.add(new int[]{most, k}));
            for (int[] run : runs) {
                int n = run[0];
                int scale = run[1];
                java.nio.file.Path input = scale == 1 ? corpus : corpus(articles, scale, work.resolve("corpus-x" + scale + ".jsonl"));
                int count = articles.size() * scale;
                Run measured = pipeline(input, work.resolve("store-" + n + "-x" + scale), n, analyzer);
                if (scale == 1) { // the faster of two runs: the JIT is still at work in the first
                    Run again = pipeline(input, work.resolve("store-" + n + "-x" + scale + "-again"), n, analyzer);
                    measured = again.seconds() < measured.seconds() ? again : measured;
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("threads", n);
                r.put("scale", scale);
                r.put("articles", count);
                r.put("articlesPerSecond", round(count / measured.seconds()));
                r.put("millisecondsPerArticle", round(measured.seconds() * 1000 / count));
                r.put("tokensPerSecond", Math.round(measured.tokens() / measured.seconds()));
                r.put("peakHeapMb", measured.peakHeap() >> 20);
                r.put("seconds", round(measured.seconds()));
                r.put("cpuSeconds", round(measured.cpuSeconds()));
                r.put("corenlpSecondsInRun", round(measured.engineSeconds()));
                r.put("stories", measured.stories());
                r.put("storeBytesPerArticle", count == 0 ? 0 : measured.storeBytes() / count);
                r.put("compactedStoreBytesPerArticle", count == 0 ? 0 : measured.compactedBytes() / count);
                results.add(r);
            }
            // the engine again after the pipeline, and the faster of its two runs, as for the pipeline
            Timing engineAfter = timed(articles, analyzer::annotate, 0);
            Timing engine = engineAfter.wall() < engineBefore.wall() ? engineAfter : engineBefore;
            for (Map<String, Object> r : results) {
                boolean comparable = (int) r.get("threads") == 1 && (int) r.get("scale") == 1;
                r.put("corenlpArticlesPerSecond", round(articles.size() / engine.wall()));
                r.put("overhead", comparable ? round((double) r.get("seconds") / engine.wall() - 1) : null);
                r.put("cpuOverhead", comparable ? round((double) r.get("cpuSeconds") / engine.cpu() - 1) : null);
                // the same ratio against the engine's time inside this very run: free of the machine's drift between runs
                r.put("overheadInRun", comparable ? round((double) r.get("seconds") / (double) r.get("corenlpSecondsInRun") - 1) : null);
                r.put("corenlpLiteArticlesPerSecond", round(articles.size() / liteSeconds));
            }
            try (var files = java.nio.file.Files.walk(work)) { // the corpora and stores were only for measuring
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(results));
            } else {
                for (Map<String, Object> r : results) {
                    r.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-31s %s%n", k, v));
                    System.out.println();
                }
            }
            return 0;
        }
    }
}
