package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.Json;
import org.sitrep.extract.DateParsing;
import org.sitrep.extract.TextDates;
import org.sitrep.story.StoryArticle;
import org.sitrep.story.StoryClusterer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story clustering on a labelled set (JSON Lines {"id", "title", "text", "published", "label"}, or a JSON array of such
 * objects, gzipped or not), articles fed in date order as they would arrive; B-cubed precision, recall and F1 over the
 * articles. Stories weigh shared canonical entities, so each article is analysed first as ingestion would (people,
 * organisations and places), unless the caller gives no entity finder (text alone).
 */
public final class ClusteringEval {

    public record Report(double bcubedPrecision, double bcubedRecall, double bcubedF1, int clusters, int n) {
    }

    private record Item(String id, String title, String text, LocalDate day, String label) {
    }

    /** One article as it was clustered: its gold label and its headline, for reading what went wrong. */
    public record Member(String id, String title, LocalDate day, String label) {
    }

    /** The scores and the clusters they were computed on, largest first. */
    public record Outcome(Report report, List<List<Member>> clusters) {
    }

    /** Finds an article's canonical entity ids (people, organisations, places). */
    public interface EntityFinder {
        Set<String> entities(String id, String title, String text, LocalDate day);
    }

    /** Text alone: no entities. */
    public Report run(Path file, StoryClusterer.Settings settings) throws IOException {
        return run(file, settings, null);
    }

    public Report run(Path file, StoryClusterer.Settings settings, EntityFinder finder) throws IOException {
        return evaluate(file, settings, finder).report();
    }

    /** Clusters the labelled set and scores the result, keeping the clusters. */
    public Outcome evaluate(Path file, StoryClusterer.Settings settings, EntityFinder finder) throws IOException {
        return evaluate(file, settings, finder, problem -> System.err.println("sitrep: " + problem));
    }

    /**
     * Clusters the labelled set and scores the result, keeping the clusters. A record that cannot be read (not JSON,
     * not an object) is named to {@code problems} and left out of the score; a record without an id is given one from
     * its line, and a repeated id is told apart by its line, so that no article stands in for another.
     */
    public Outcome evaluate(Path file, StoryClusterer.Settings settings, EntityFinder finder,
                            java.util.function.Consumer<String> problems) throws IOException {
        List<Item> items = items(file, problems);
        items.sort(Comparator.comparing((Item i) -> i.day() == null ? LocalDate.MAX : i.day()).thenComparing(Item::id));
        Map<String, Set<String>> entities = finder == null ? Map.of() : entities(items, finder);
        StoryClusterer clusterer = new StoryClusterer(settings);
        for (Item i : items) {
            clusterer.add(new StoryArticle(i.id(), i.title(), i.text(), i.day(), entities.getOrDefault(i.id(), Set.of()), null));
        }
        Map<String, Integer> predicted = clusterer.assignments();
        Map<String, String> gold = new HashMap<>();
        items.forEach(i -> gold.put(i.id(), i.label()));
        Map<Integer, List<Member>> byCluster = new java.util.TreeMap<>();
        for (Item i : items) {
            byCluster.computeIfAbsent(predicted.get(i.id()), k -> new ArrayList<>())
                    .add(new Member(i.id(), i.title(), i.day(), i.label()));
        }
        List<List<Member>> clusters = new ArrayList<>(byCluster.values());
        clusters.sort(Comparator.comparingInt((List<Member> c) -> -c.size()));
        return new Outcome(bcubed(gold, predicted), clusters);
    }

    /**
     * The records of a set: JSON Lines, or one JSON array of objects; gzipped when the file's name ends with .gz; a
     * byte-order mark is skipped.
     */
    private static List<Item> items(Path file, java.util.function.Consumer<String> problems) throws IOException {
        String content;
        try (java.io.InputStream raw = Files.newInputStream(file);
             java.io.InputStream in = file.getFileName().toString().endsWith(".gz")
                     ? new java.util.zip.GZIPInputStream(raw) : raw) {
            content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<Map.Entry<String, JsonNode>> records = new ArrayList<>(); // where -> the record
        if (content.stripLeading().startsWith("[")) {
            JsonNode array;
            try {
                array = Json.mapper().readTree(content);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + ": not a JSON array: " + e.getOriginalMessage(), e);
            }
            int n = 0;
            for (JsonNode record : array) {
                records.add(Map.entry("item " + ++n, record));
            }
        } else {
            String[] lines = content.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    JsonNode record = Json.mapper().readTree(lines[i]);
                    records.add(Map.entry("line " + (i + 1),
                            record == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : record));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.accept(file + " line " + (i + 1) + ": not JSON ("
                            + e.getOriginalMessage().lines().findFirst().orElse("") + "); left out");
                }
            }
        }
        List<Item> items = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Map.Entry<String, JsonNode> record : records) {
            String where = file + " " + record.getKey();
            JsonNode n = record.getValue();
            if (!n.isObject()) {
                problems.accept(where + ": not a JSON object; left out");
                continue;
            }
            String id = text(n.path("id"));
            if (id == null || id.isBlank()) {
                id = record.getKey();
            }
            if (!ids.add(id)) {
                problems.accept(where + ": the id " + id + " again; counted as another article");
                id = id + " (" + record.getKey() + ")";
                ids.add(id);
            }
            String label = text(n.path("label"));
            items.add(new Item(id, n.path("title").asText(""), n.path("text").asText(""), day(text(n.path("published"))),
                    label == null ? "" : label));
        }
        return items;
    }

    /** A value as text (a number as written), null when missing or null. */
    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    /** The entities of every item, found on as many threads as the machine has cores (at most two: CoreNLP's memory). */
    private static Map<String, Set<String>> entities(List<Item> items, EntityFinder finder) throws IOException {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            Map<String, java.util.concurrent.Future<Set<String>>> futures = new java.util.LinkedHashMap<>();
            for (Item i : items) {
                futures.put(i.id(), pool.submit(() -> finder.entities(i.id(), i.title(), i.text(), i.day())));
            }
            Map<String, Set<String>> out = new HashMap<>();
            for (Map.Entry<String, java.util.concurrent.Future<Set<String>>> e : futures.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().get());
                } catch (java.util.concurrent.ExecutionException failed) {
                    // one article the engine cannot read is clustered on its text alone; the rest carries on
                    System.err.println("sitrep: " + e.getKey() + ": analysis failed, clustered on its text alone: "
                            + failed.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while analysing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static Report bcubed(Map<String, String> gold, Map<String, Integer> predicted) {
        Map<Integer, List<String>> byCluster = new HashMap<>();
        predicted.forEach((id, c) -> byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        Map<String, List<String>> byLabel = new HashMap<>();
        gold.forEach((id, l) -> byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(id));
        double p = 0;
        double r = 0;
        for (String id : gold.keySet()) {
            List<String> cluster = byCluster.get(predicted.get(id));
            List<String> label = byLabel.get(gold.get(id));
            long both = cluster.stream().filter(o -> gold.get(o).equals(gold.get(id))).count();
            p += both / (double) cluster.size();
            r += both / (double) label.size();
        }
        int n = gold.size();
        double precision = n == 0 ? 0 : p / n;
        double recall = n == 0 ? 0 : r / n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Report(ExtractionEval.round(precision), ExtractionEval.round(recall), ExtractionEval.round(f1),
                byCluster.size(), n);
    }

    /** The day of a publication date in ISO 8601, RFC 1123, seconds since 1970, or as written ("February 21, 2022"). */
    static LocalDate day(String published) {
        String iso = DateParsing.normalize(published);
        if (iso != null) {
            return LocalDate.parse(iso.substring(0, 10));
        }
        TextDates.Found written = published == null ? null : TextDates.first(published);
        return written == null ? null : written.date();
    }
}
