package org.sitrep.cli;

import org.sitrep.eval.DateEval;
import org.sitrep.eval.ExtractionEval;
import org.sitrep.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", description = "Measure Sitrep on benchmark data, side by side with peer tools.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Dates.class, EvalCommand.Temporal.class, EvalCommand.Clustering.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: extraction, dates, temporal or clustering");
    }

    @Command(name = "extraction", description = "Main-text extraction (article-extraction benchmark layout).")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/eval/article-extraction")
        Path data;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ExtractionEval.Report r = new ExtractionEval().run(data);
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(r));
                return 0;
            }
            System.out.printf(Locale.ROOT, "%-18s %9s %7s %7s %8s %9s%n", "tool", "precision", "recall", "F1", "accuracy", "pages/s");
            System.out.printf(Locale.ROOT, "%-18s %9.4f %7.4f %7.4f %8.4f %9s%n", "sitrep", r.precision(), r.recall(), r.f1(),
                    r.accuracy(), r.pagesPerSecond());
            for (Map.Entry<String, ExtractionEval.Result> e : r.peers().entrySet()) {
                ExtractionEval.Result p = e.getValue();
                System.out.printf(Locale.ROOT, "%-18s %9.4f %7.4f %7.4f %8.4f %9s%n", e.getKey(), p.precision(), p.recall(),
                        p.f1(), p.accuracy(), p.pagesPerSecond() == null ? "-" : p.pagesPerSecond().toString());
            }
            System.out.printf("(%d pages)%n", r.n());
            return 0;
        }
    }

    @Command(name = "dates", description = "Publication dates (htmldate benchmark layout).")
    static final class Dates implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/eval/pub-dates")
        Path data;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--errors", description = "List the pages whose date was wrong or missing.")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            DateEval.Report r = new DateEval().run(data, errors);
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(r));
                return 0;
            }
            if (r.errors() != null) {
                r.errors().forEach((url, why) -> System.out.println(why + "  " + url));
            }
            System.out.printf(Locale.ROOT, "accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  (%d pages, %.0f pages/s)%n",
                    r.accuracy(), r.precision(), r.recall(), r.f1(), r.n(), r.pagesPerSecond());
            return 0;
        }
    }

    @Command(name = "temporal", description = "Time expressions and their values (TempEval-3 TimeML), bare SUTime beside.")
    static final class Temporal implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/eval/tempeval3")
        Path data;

        @Option(names = "--limit", defaultValue = "0", description = "Read at most this many documents (0: all).")
        int limit;

        @Option(names = "--mismatches", paramLabel = "FILE", description = "Write the matches whose value is wrong to FILE (TSV).")
        Path mismatches;

        @Option(names = "--no-peers", description = "Skip SUTime (it takes minutes): Sitrep's tagger alone.")
        boolean noPeers;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            org.sitrep.eval.TemporalEval.Report r = new org.sitrep.eval.TemporalEval().run(data, limit, mismatches, !noPeers);
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(r));
                return 0;
            }
            System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s %8s %8s %8s%n", "tool", "strictF1", "relaxP", "relaxR",
                    "relaxF1", "valueF1", "typeF1", "tokens/s");
            System.out.printf(Locale.ROOT, "%-16s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.0f%n", "sitrep", r.strict().f1(),
                    r.relaxed().precision(), r.relaxed().recall(), r.relaxed().f1(), r.value().f1(), r.type().f1(), r.tokensPerSecond());
            r.peers().forEach((name, p) -> System.out.printf(Locale.ROOT, "%-16s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.0f%n",
                    name, p.strict().f1(), p.relaxed().precision(), p.relaxed().recall(), p.relaxed().f1(), p.value().f1(),
                    p.type().f1(), p.tokensPerSecond()));
            System.out.printf("(%d documents, %.2f documents/s)%n", r.n(), r.docsPerSecond());
            return 0;
        }
    }

    @Command(name = "clustering", description = "Story clustering on a labelled JSON Lines set "
            + "{id, text, published, label} (or one JSON array of them, gzipped or not; title optional; published in "
            + "ISO 8601, RFC 1123, seconds since 1970 or as written): B-cubed. Each article is analysed first, as "
            + "ingestion does, for the entities stories weigh. A record that cannot be read is named on stderr and left "
            + "out of the score.")
    static final class Clustering implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE")
        Path data;

        @Option(names = "--text-only", description = "Cluster on the text alone, without analysing the articles for entities.")
        boolean textOnly;

        @Option(names = "--threshold", description = "The similarity an article needs to join a story (default ${DEFAULT-VALUE}).")
        double threshold = org.sitrep.story.StoryClusterer.Settings.defaults().threshold();

        @Option(names = "--window", paramLabel = "DAYS", description = "The gap after which a story's pull fades (default ${DEFAULT-VALUE}).")
        int window = org.sitrep.story.StoryClusterer.Settings.defaults().windowDays();

        @Option(names = "--entity-weight", description = "The share of shared entities in the similarity (default ${DEFAULT-VALUE}).")
        double entityWeight = org.sitrep.story.StoryClusterer.Settings.defaults().entityWeight();

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--clusters", description = "Also list the clusters found: each article's date, gold label and title.")
        boolean clusters;

        @Override
        public Integer call() throws Exception {
            org.sitrep.eval.ClusteringEval.EntityFinder finder = null;
            if (!textOnly) {
                org.sitrep.analyze.Analyzer analyzer = org.sitrep.analyze.Analyzer.standard();
                finder = (id, title, text, day) -> entityIds(analyzer.analyze(new org.sitrep.model.Article(id, id, title,
                        day == null ? null : day.toString(), null, null, null, null, null, null, null, null, null, text)));
            }
            org.sitrep.eval.ClusteringEval.Outcome outcome = new org.sitrep.eval.ClusteringEval().evaluate(data,
                    new org.sitrep.story.StoryClusterer.Settings(threshold, window, entityWeight,
                            org.sitrep.story.StoryClusterer.Settings.defaults().duplicate()), finder);
            org.sitrep.eval.ClusteringEval.Report r = outcome.report();
            if (clusters) {
                java.io.PrintStream out = json ? System.err : System.out;
                int n = 0;
                for (java.util.List<org.sitrep.eval.ClusteringEval.Member> c : outcome.clusters()) {
                    out.printf(Locale.ROOT, "cluster %d (%d articles)%n", ++n, c.size());
                    for (org.sitrep.eval.ClusteringEval.Member m : c) {
                        out.printf(Locale.ROOT, "  %s  %-28s %s%n", m.day(), m.label(), Terminal.abbreviate(m.title(), 90));
                    }
                }
            }
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(r));
            } else {
                System.out.printf(Locale.ROOT, "B-cubed precision %.4f  recall %.4f  F1 %.4f  (%d clusters, %d articles)%n",
                        r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1(), r.clusters(), r.n());
            }
            return 0;
        }

        /** The entities stories weigh: people, organisations and places (as the store gives them to stories). */
        private static java.util.Set<String> entityIds(org.sitrep.analyze.AnalyzedArticle a) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (org.sitrep.analyze.Entity e : a.entities()) {
                if (org.sitrep.analyze.Entity.ACTOR_TYPES.contains(e.type())) {
                    out.add(e.id());
                }
            }
            return out;
        }
    }
}
