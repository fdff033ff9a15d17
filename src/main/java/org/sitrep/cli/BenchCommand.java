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

@Command(name = "bench", description = "Measure Sitrep's speed.", subcommands = {BenchCommand.Analyze.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: analyze");
    }

    @Command(name = "analyze", description = {"Articles/s and tokens/s of the whole analysis, next to bare CoreNLP lite",
            "on the same texts in the same run (one thread; CoreNLP's share and Sitrep's own measured apart)."})
    static final class Analyze implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--data", required = true, arity = "1..*", paramLabel = "INPUT", description = "Files or directories of articles.")
        List<String> data;

        @Option(names = "--limit", defaultValue = "200", description = "Articles measured (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<Article> articles = new ArrayList<>();
            ArticleInputs.forEach(data, store, new DefaultArticleExtractor(), a -> {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            });
            Analyzer analyzer = Analyzer.standard();
            for (Article a : articles.subList(0, Math.min(5, articles.size()))) {
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
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(out));
            } else {
                out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-26s %s%n", k, v));
            }
            return 0;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
