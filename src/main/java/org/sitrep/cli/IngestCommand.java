package org.sitrep.cli;

import org.sitrep.analyze.Analyzer;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.ingest.HttpFetcher;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import org.sitrep.story.StoryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = {
        "Read articles into the store and analyse them.",
        "Inputs: text dumps (.txt), HTML pages (.html, .htm), CSV and JSON Lines corpora, WARC archives (any of them",
        "gzipped), RSS/Atom feeds, and http(s) URLs of pages, feeds or archives.",
        "Content already stored is not stored again.",
        "Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories (recursive), - for standard input, or URLs.")
    List<String> inputs;

    @Option(names = "--map", split = ",", paramLabel = "FIELD=COLUMN",
            description = "Name the corpus columns holding the fields url, title, published, text, html, author, summary, language (e.g. title=headline,text=body).")
    Map<String, String> fieldMap = Map.of();

    @Option(names = "--max-size", paramLabel = "MIB", defaultValue = "10", description = "Largest page read, in MiB (default: ${DEFAULT-VALUE}).")
    int maxSizeMib;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Read timeout for URLs (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--no-analyze", description = "Store articles without analysing them (entities, quotes, times, quantities).")
    boolean noAnalyze;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the summary as one JSON object on standard output.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no warnings; failures are still reported.")
    boolean quiet;

    @Option(names = "--log-stored", hidden = true, description = "Print the id of each stored document as soon as it is durable.")
    boolean logStored;

    @Override
    public Integer call() throws Exception {
        for (String field : fieldMap.keySet()) {
            if (!List.of("url", "title", "published", "text", "html", "author", "summary", "language", "site").contains(field)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--map: unknown field '" + field + "' (fields: url, title, published, text, html, author, summary, language, site)");
            }
        }
        long start = System.nanoTime();
        HttpFetcher.Limits defaults = HttpFetcher.Limits.defaults();
        long maxBytes = (long) maxSizeMib << 20;
        HttpFetcher.Limits limits = new HttpFetcher.Limits(defaults.connectTimeout(), Duration.ofSeconds(timeoutSeconds),
                maxBytes, defaults.maxRedirects(), defaults.maxCrawlDelay());
        Ingestor.Options options = new Ingestor.Options(maxBytes, fieldMap, () -> System.in);
        IngestReport report;
        try (Store s = store.openOrCreate();
             IngestProgress progress = new IngestProgress(System.err, Terminal.interactive() && !quiet && !json, quiet)) {
            var listener = logStored ? new StoredLogger(progress) : progress;
            Analyzer analyzer = noAnalyze ? null : Analyzer.forStore(store.dir());
            report = new Ingestor(s, new DefaultArticleExtractor(), new HttpFetcher(limits), options, listener,
                    analyzer == null ? null : analyzer::analyze, threads).ingest(inputs);
            if (analyzer != null && report.added() > 0) {
                StoryBuilder.update(s); // the new articles join their stories
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(report));
        } else {
            System.err.printf(Locale.ROOT, "%d new, %d duplicate, %d failed in %.1f s (%s)%n", report.added(),
                    report.duplicate(), report.failed(), seconds, store.dir());
        }
        return report.failed() == 0 ? 0 : 1;
    }

    /** For tests of crash safety: says what has been stored, once it is durable. */
    private static final class StoredLogger implements org.sitrep.ingest.IngestListener {
        private final IngestProgress delegate;
        private final java.util.List<String> pending = new java.util.ArrayList<>();

        StoredLogger(IngestProgress delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onStart(long totalBytes) {
            delegate.onStart(totalBytes);
        }

        @Override
        public synchronized void onStored(org.sitrep.model.RawDocument raw, org.sitrep.model.Article article) {
            pending.add(raw.id());
        }

        @Override
        public synchronized void onDurable() {
            pending.forEach(id -> System.out.println("stored " + id));
            System.out.flush();
            pending.clear();
        }

        @Override
        public void onFailure(String where, String reason) {
            delegate.onFailure(where, reason);
        }

        @Override
        public void onWarning(String where, String reason) {
            delegate.onWarning(where, reason);
        }
    }
}
