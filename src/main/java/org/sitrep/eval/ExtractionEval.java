package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Json;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Main-text extraction on the article-extraction benchmark's layout: {@code ground-truth.json}, {@code html/ID.html.gz}
 * and the stored outputs of peer tools in {@code peers/*.json}. Sitrep, readability4j and boilerpipe run in this JVM
 * on the same pages, taking turns on each page, timed after {@value #WARMUP_PASSES} warm-up passes.
 */
public final class ExtractionEval {
    /**
     * Passes over all pages before the timed ones, so that each tool is timed once the JIT compiler has compiled it, as
     * in a long ingestion (with one, the figures still moved with compilation: Sitrep, with the most code, looked as
     * slow as readability4j here, and 10-20% faster than it from the third pass on; timed alone, they are even: see
     * BENCHMARKS.md).
     */
    private static final int WARMUP_PASSES = 3;
    private static final int TIMED_PASSES = 3;

    /** One tool's figures; pagesPerSecond is null for stored peer outputs. */
    public record Result(double precision, double recall, double f1, double accuracy, int n, Double pagesPerSecond) {
        static Result of(ShingleMetric.Score s, Double pagesPerSecond) {
            return new Result(round(s.precision()), round(s.recall()), round(s.f1()), round(s.accuracy()), s.n(),
                    pagesPerSecond == null ? null : Math.round(pagesPerSecond * 10) / 10.0);
        }
    }

    /** Sitrep's figures with every peer's beside them. */
    public record Report(double precision, double recall, double f1, double accuracy, int n, Double pagesPerSecond,
                         Map<String, Result> peers) {
    }

    @FunctionalInterface
    interface Tool {
        String extract(String id, String url, byte[] html) throws Exception;
    }

    private record Page(String id, String url, byte[] html) {
    }

    public Report run(Path dir) throws IOException {
        JsonNode truth = Json.mapper().readTree(dir.resolve("ground-truth.json").toFile());
        Path htmlDir = EvalData.requireDir(dir.resolve("html"), "html/ directory");
        Map<String, String> gold = new TreeMap<>();
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = htmlDir.resolve(e.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                file = htmlDir.resolve(e.getKey() + ".html");
            }
            if (!Files.exists(file)) {
                continue;
            }
            gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), EvalData.read(file)));
        }

        DefaultArticleExtractor sitrep = new DefaultArticleExtractor();
        Map<String, Tool> inJvm = new LinkedHashMap<>();
        inJvm.put("sitrep", (id, url, html) -> sitrep.extract(RawDocument.of("eval:" + id, DocumentFormat.HTML,
                Instant.EPOCH, url == null ? Map.of() : Map.of(RawDocument.HINT_URL, url), html)).article().text());
        inJvm.put("readability4j", (id, url, html) ->
                new Readability4J(url == null ? "" : url, new String(html, StandardCharsets.UTF_8)).parse().getTextContent());
        inJvm.put("boilerpipe", (id, url, html) -> ArticleExtractor.INSTANCE.getText(new String(html, StandardCharsets.UTF_8)));

        // Warm-up passes, then timed passes in which the tools take turns on each page, so that the machine's load
        // weighs on all of them alike; the rate is over all timed passes.
        Map<String, Map<String, String>> predicted = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        inJvm.forEach((name, tool) -> {
            predicted.put(name, new TreeMap<>());
            nanos.put(name, 0L);
        });
        for (int pass = 1 - WARMUP_PASSES; pass <= TIMED_PASSES; pass++) {
            for (Page page : pages) {
                for (Map.Entry<String, Tool> tool : inJvm.entrySet()) {
                    long start = System.nanoTime();
                    String text = run(tool.getValue(), page);
                    if (pass > 0) {
                        nanos.merge(tool.getKey(), System.nanoTime() - start, Long::sum);
                        predicted.get(tool.getKey()).put(page.id(), text);
                    }
                }
            }
        }
        Map<String, Result> peers = new TreeMap<>();
        Result ours = null;
        for (String name : inJvm.keySet()) {
            Result r = Result.of(ShingleMetric.score(gold, predicted.get(name)),
                    TIMED_PASSES * pages.size() / (nanos.get(name) / 1e9));
            if (name.equals("sitrep")) {
                ours = r;
            } else {
                peers.put(name, r);
            }
        }
        Path peerDir = dir.resolve("peers");
        if (Files.isDirectory(peerDir)) {
            try (Stream<Path> files = Files.list(peerDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode outputs = Json.mapper().readTree(f.toFile());
                    Map<String, String> stored = new TreeMap<>();
                    outputs.fields().forEachRemaining(e -> stored.put(e.getKey(), e.getValue().path("articleBody").asText("")));
                    String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                    peers.putIfAbsent(name, Result.of(ShingleMetric.score(gold, stored), null));
                }
            }
        }
        return new Report(ours.precision(), ours.recall(), ours.f1(), ours.accuracy(), ours.n(), ours.pagesPerSecond(), peers);
    }

    private static String run(Tool tool, Page p) {
        try {
            String text = tool.extract(p.id(), p.url(), p.html());
            return text == null ? "" : text;
        } catch (Exception | StackOverflowError e) {
            return "";
        }
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
