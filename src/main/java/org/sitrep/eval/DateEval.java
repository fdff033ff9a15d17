package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.extract.HtmlExtractor;
import org.sitrep.extract.TextDecoder;
import org.sitrep.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publication dates on the htmldate benchmark's layout: {@code gold.json} ({url: {file, date}}) and
 * {@code pages/FILE.gz}. Per page: no date is a false negative, the gold day a true positive, another day a false
 * positive; accuracy = TP / pages.
 */
public final class DateEval {

    public record Report(double accuracy, double precision, double recall, double f1, int n, double pagesPerSecond,
                         Map<String, String> errors) {
    }

    public Report run(Path dir, boolean listErrors) throws IOException {
        // The benchmark writes NaN for pages that have no publication date: there, finding none is right.
        JsonNode gold = Json.mapper().copy().enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature())
                .readTree(dir.resolve("gold.json").toFile());
        Path pages = EvalData.requireDir(dir.resolve("pages"), "pages/ directory");
        HtmlExtractor extractor = new HtmlExtractor();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int n = 0;
        long nanos = 0;
        Map<String, String> errors = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            Path path = pages.resolve(file + ".gz");
            if (!Files.exists(path)) {
                path = pages.resolve(file);
            }
            if (!Files.exists(path)) {
                continue;
            }
            n++;
            byte[] bytes = EvalData.read(path);
            long start = System.nanoTime();
            String found;
            String source = null;
            try {
                String html = TextDecoder.decode(bytes, TextDecoder.charsetOfHtml(bytes)).text();
                String[] day = extractor.publicationDay(html, e.getKey());
                found = day[0];
                source = day[1];
            } catch (RuntimeException | StackOverflowError ex) {
                found = null;
            }
            nanos += System.nanoTime() - start;
            JsonNode date = e.getValue().path("date");
            String expected = date.isTextual() ? date.asText() : null;
            if (expected == null) {
                if (found == null) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (found == null) {
                fn++;
            } else if (found.equals(expected)) {
                tp++;
            } else {
                fp++;
            }
            if (listErrors && !java.util.Objects.equals(expected, found)) {
                errors.put(e.getKey(), "expected " + expected + ", found " + found + (source == null ? "" : " from " + source) + " (" + file + ")");
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Report(ExtractionEval.round(n == 0 ? 0 : tp / (double) n), ExtractionEval.round(precision),
                ExtractionEval.round(recall), ExtractionEval.round(f1), n,
                Math.round(n / Math.max(1e-9, nanos / 1e9) * 10) / 10.0, listErrors ? errors : null);
    }
}
