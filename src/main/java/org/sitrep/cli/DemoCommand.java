package org.sitrep.cli;

import org.sitrep.analyze.Analyzer;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.ingest.HttpFetcher;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingestor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "demo", description = "Ingest the bundled demo data (examples/) into a fresh store and say what to do next.")
final class DemoCommand implements Callable<Integer> {
    static final String DEFAULT_STORE = "sitrep-demo";

    @Option(names = "--store", paramLabel = "DIR", description = "The demo store, recreated on each run (default: ./" + DEFAULT_STORE + ").")
    Path store = Path.of(DEFAULT_STORE);

    @Option(names = "--examples", paramLabel = "DIR", description = "The demo data (default: examples/ of the Sitrep checkout).")
    Path examples;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--no-analyze", description = "Store the articles without analysing them (much faster).")
    boolean noAnalyze;

    @Override
    public Integer call() throws Exception {
        Path data = examples != null ? examples : Path.of(System.getProperty("sitrep.home", ".")).resolve("examples");
        if (!Files.isDirectory(data)) {
            System.err.println("sitrep: demo data not found at " + data + " (run from the Sitrep checkout, or pass --examples)");
            return 1;
        }
        recreate(store);
        System.err.println("Ingesting the demo data from " + data + " into " + store + " ...");
        IngestReport report;
        Analyzer analyzer = noAnalyze ? null : Analyzer.forStore(store);
        try (Store s = Store.open(store);
             IngestProgress progress = new IngestProgress(System.err, Terminal.interactive() && !quiet, quiet)) {
            report = new Ingestor(s, new DefaultArticleExtractor(), new HttpFetcher(HttpFetcher.Limits.defaults()),
                    Ingestor.Options.defaults(), progress, analyzer == null ? null : analyzer::analyze,
                    Runtime.getRuntime().availableProcessors())
                    .ingest(List.of(data.resolve("seeds").toString(), data.resolve("press-releases").toString()));
            if (analyzer != null) {
                org.sitrep.story.StoryBuilder.update(s); // the articles join their stories, as `sitrep ingest` does
            }
        }
        System.err.printf("%d new, %d duplicate, %d failed%n", report.added(), report.duplicate(), report.failed());
        Path reportFile = store.resolveSibling(store.getFileName() + "-report.html");
        try (Store s = Store.open(store)) {
            java.nio.file.Files.writeString(reportFile, org.sitrep.report.ReportRenderer.html(
                    new org.sitrep.report.ReportBuilder().build(s, null, null)), java.nio.charset.StandardCharsets.UTF_8);
        }
        String flag = " --store " + store;
        System.out.println();
        System.out.println("The demo store is ready: " + store.toAbsolutePath());
        System.out.println("The situation report of the demo data: " + reportFile.toAbsolutePath());
        System.out.println("Next:");
        System.out.println("  ./sitrep stats" + flag + "                      counts by source, language and month");
        System.out.println("  ./sitrep search" + flag + " Geneva talks        full-text search");
        System.out.println("  ./sitrep show" + flag + " ID                    one article");
        System.out.println("  ./sitrep entities" + flag + " -n 20             the main actors, one entity across spellings");
        System.out.println("  ./sitrep quotes" + flag + " --speaker Blinken   who said what, and when");
        System.out.println("  ./sitrep analyze" + flag + " ID                 an article's entities, quotes, dates, numbers");
        System.out.println("  ./sitrep stories" + flag + " --min-size 5       the stories, with their labels");
        System.out.println("  ./sitrep timeline" + flag + " --story ID        a story's dated developments");
        System.out.println("  ./sitrep report" + flag + " --story ID --format html -o report.html");
        System.out.println("  ./sitrep export" + flag + " --format csv -o articles.csv");
        System.out.println("  ./sitrep ingest" + flag + " FILE|DIR|URL        add your own articles or feeds");
        System.out.println("(or export SITREP_STORE=" + store + " and leave out --store)");
        return report.failed() == 0 ? 0 : 1;
    }

    /** What a store directory holds: the database, the search index, the saved story state. */
    private static final java.util.Set<String> STORE_PARTS = java.util.Set.of("db", "index", "stories");

    /** Empties the demo store, refusing to touch a directory that is not a Sitrep store. */
    static void recreate(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            if (!STORE_PARTS.containsAll(names)) {
                throw new IOException(dir + " exists and is not a Sitrep store; pass another --store");
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
