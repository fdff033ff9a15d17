package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.model.Json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: exit codes, JSON output, the store commands. */
class CliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandAnswersHelp() {
        assertThat(run("timeline", "--help")).isZero();
        assertThat(stdout()).startsWith("Usage: sitrep timeline").contains("--as-of");
        assertThat(run("eval", "clustering", "-h")).isZero();
        assertThat(stdout()).startsWith("Usage: sitrep eval clustering").contains("--data");
        assertThat(run("timeline", "--bogus")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option: '--bogus'");
    }

    @Test
    void aStoreThatDoesNotExistIsAnErrorNotANewEmptyStore() {
        Path missing = dir.resolve("no-such-store");
        assertThat(run("stats", "--store", missing.toString())).isEqualTo(1);
        assertThat(stderr()).contains("there is no store at " + missing);
        assertThat(run("quotes", "--store", missing.toString(), "--json")).isEqualTo(1);
        assertThat(missing).doesNotExist();
    }

    @Test
    void aStoreWhoseDatabaseNoLongerOpensIsTakenBackAndSaysSoOnce() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "--store", store, "--no-analyze", "--quiet", TestData.seeds().toString())).isZero();
        org.sitrep.store.H2Damage.damage(dir.resolve("store/db/sitrep.mv.db"));

        assertThat(run("stats", "--store", store)).as(this::stderr).isZero();
        assertThat(stdout()).startsWith("5 articles from 5 raw documents");
        assertThat(stderr()).startsWith("sitrep: warning: " + store + ": the database did not open")
                .contains("last readable version, which holds 5 raw documents", "sitrep.mv.db.damaged-",
                        "Ingest the same inputs again").hasLineCount(1);
        assertThat(run("stats", "--store", store)).isZero();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void aTimelineCanBeLimitedToTheWeeksAroundADateAndReadInTheOrderOfTheCalendar() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "--store", store, "--quiet", TestData.seeds().toString())).isZero();

        assertThat(run("timeline", "--store", store, "--from", "2022-01-09", "--to", "2022-01-24", "--by-date",
                "--json")).isZero();
        java.util.List<String> dates = new java.util.ArrayList<>();
        Json.mapper().readTree(stdout()).get("entries").forEach(e -> dates.add(e.get("date").asText()));
        assertThat(dates).contains("2022-01-10", "2022-01-13", "2022-01-24").isSorted()
                .allSatisfy(d -> assertThat(d).isBetween("2022-01-09", "2022-01-24"));

        assertThat(run("timeline", "--store", store, "--from", "2022-01-09", "--to", "2022-01-24", "--json")).isZero();
        assertThat(Json.mapper().readTree(stdout()).get("entries").get(0).get("date").asText())
                .isIn("2022-01-10", "2022-01-13"); // the most reported first, without --by-date

        assertThat(run("timeline", "--store", store, "--from", "2022-02-01", "--to", "2022-01-01")).isEqualTo(2);
        assertThat(stderr()).contains("--from 2022-02-01 is after --to 2022-01-01");
    }

    @Test
    void ingestReportsJsonAndExitCodes() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "--store", store, "--no-analyze", "--json", TestData.seeds().toString())).isZero();
        JsonNode summary = Json.mapper().readTree(stdout());
        assertThat(summary.get("new").asLong()).isEqualTo(5);
        assertThat(summary.get("duplicate").asLong()).isZero();
        assertThat(summary.get("failed").asLong()).isZero();
        assertThat(summary.get("errors")).isEmpty();

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThat(run("ingest", "--store", store, "--no-analyze", "--json", TestData.seeds().toString(), empty.toString())).isEqualTo(1);
        summary = Json.mapper().readTree(stdout());
        assertThat(summary.get("duplicate").asLong()).isEqualTo(5);
        assertThat(summary.get("failed").asLong()).isEqualTo(1);
        assertThat(summary.get("errors").get(0).get("input").asText()).isEqualTo(empty.toString());
        assertThat(summary.get("errors").get(0).get("reason").asText()).contains("empty");
        assertThat(stderr()).contains(empty + ": empty input"); // one line per failure, for people
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("ingest", "--store", dir.toString())).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("ingest", "--map", "colour=x", "--store", dir.toString(), "x.csv")).isEqualTo(2);
        assertThat(run("export", "--format", "pdf", "--store", dir.toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void statsShowExportAndSearch() throws Exception {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "--quiet", "--no-analyze", TestData.pressReleases().resolve("kremlin_putin.csv").toString());

        assertThat(run("stats", "--store", store, "--json")).isZero();
        JsonNode stats = Json.mapper().readTree(stdout());
        assertThat(stats.get("articles").asLong()).isEqualTo(816);
        assertThat(stats.get("bySource").get("Kremlin").asLong()).isEqualTo(816);
        assertThat(stats.get("byMonth").get("2022-02").asLong()).isPositive();

        assertThat(run("search", "--store", store, "--json", "Mirziyoyev")).isZero();
        String id = Json.mapper().readTree(stdout()).get(0).get("articleId").asText();

        assertThat(run("show", "--store", store, "--json", id.substring(0, 8))).isZero();
        assertThat(Json.mapper().readTree(stdout()).get("id").asText()).isEqualTo(id);
        assertThat(run("show", "--store", store, "ffffffffffffffff")).isEqualTo(1);

        assertThat(run("export", "--store", store, "--format", "jsonl")).isZero();
        assertThat(stdout().lines().count()).isEqualTo(816);
        Path csv = dir.resolve("articles.csv");
        assertThat(run("export", "--store", store, "--format", "csv", "-o", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("id,title,published,");

        assertThat(run("reprocess", "--store", store, "--no-analyze", "--json")).isZero();
        JsonNode re = Json.mapper().readTree(stdout());
        assertThat(re.get("unchanged").asLong() + re.get("changed").asLong()).isEqualTo(816);
        assertThat(re.get("failed").asLong()).isZero();

        assertThat(run("compact", "--store", store, "--json")).isZero();
        JsonNode sizes = Json.mapper().readTree(stdout());
        assertThat(sizes.get("bytesAfter").asLong()).isPositive().isLessThanOrEqualTo(sizes.get("bytesBefore").asLong());
        assertThat(run("stats", "--store", store, "--json")).isZero();
        assertThat(Json.mapper().readTree(stdout()).get("articles").asLong()).isEqualTo(816);
        assertThat(run("compact", "--store", dir.resolve("no-store").toString())).isEqualTo(1);
    }

    @Test
    void extractPrintsTheDocumentedJsonWithoutTouchingTheStore() throws Exception {
        Path store = dir.resolve("untouched");
        Path seed;
        try (var files = Files.list(TestData.seeds())) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        }
        assertThat(run("extract", "--json", "--store", store.toString(), seed.toString())).isZero();
        JsonNode a = Json.mapper().readTree(stdout());
        java.util.List<String> keys = new java.util.ArrayList<>();
        a.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("title", "published", "updated", "author", "site", "publisher", "url",
                "originalUrl", "language", "originalLanguage", "machineTranslated", "text");
        assertThat(a.get("publisher").asText()).isEqualTo("Atlantico Quotidiano");
        assertThat(a.get("updated").isNull()).isTrue();
        assertThat(Files.exists(store)).isFalse();

        assertThat(run("extract", "--json", dir.resolve("missing.html").toString())).isEqualTo(1);
        assertThat(stderr()).contains("missing.html");
    }

    @Test
    void storiesCoverEveryArticleOnce() throws Exception {
        String store = dir.resolve("stories").toString();
        assertThat(run("ingest", "--store", store, "--no-analyze", "--quiet", TestData.seeds().toString())).isZero();
        assertThat(run("stories", "--store", store, "--json")).isZero();
        JsonNode stories = Json.mapper().readTree(stdout());
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (JsonNode s : stories) {
            assertThat(s.get("id").asText()).startsWith("story-");
            assertThat(s.get("label").asText()).isNotBlank();
            assertThat(s.get("first").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            s.get("articles").forEach(a -> seen.add(a.asText()));
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void storiesGrowAsArticlesArriveAndKeepWhatTheyHad() throws Exception {
        String store = dir.resolve("growing").toString();
        java.util.List<Path> seeds;
        try (var files = Files.list(TestData.seeds())) {
            seeds = files.filter(f -> !f.getFileName().toString().startsWith("README")).sorted().toList();
        }
        Path early = Files.createDirectories(dir.resolve("early"));
        Path late = Files.createDirectories(dir.resolve("late"));
        for (int i = 0; i < seeds.size(); i++) {
            Files.copy(seeds.get(i), (i < 3 ? early : late).resolve(seeds.get(i).getFileName()));
        }
        assertThat(run("ingest", "--store", store, "--no-analyze", "--quiet", early.toString())).isZero();
        assertThat(run("stories", "--store", store, "--json")).isZero();
        java.util.Map<String, String> before = storyOf(Json.mapper().readTree(stdout()));
        assertThat(before).hasSize(3);
        assertThat(Path.of(store, "stories", "clusterer.bin")).exists();

        assertThat(run("ingest", "--store", store, "--no-analyze", "--quiet", late.toString())).isZero();
        assertThat(run("stories", "--store", store, "--json")).isZero();
        java.util.Map<String, String> after = storyOf(Json.mapper().readTree(stdout()));
        assertThat(after).hasSize(seeds.size()).containsAllEntriesOf(before);

        // a saved state that no longer matches the store (as after a reprocessing) is trusted by a build, dropped by a rebuild
        var settings = org.sitrep.story.StoryClusterer.Settings.defaults();
        try (org.sitrep.store.Store s = org.sitrep.store.Store.open(Path.of(store))) {
            new org.sitrep.story.StoryClusterer(settings).save(Path.of(store, "stories", "clusterer.bin"), s.documents().lastChange());
            assertThat(new org.sitrep.story.StoryBuilder(settings).build(s)).isEmpty();
            assertThat(new org.sitrep.story.StoryBuilder(settings).rebuild(s))
                    .flatExtracting(org.sitrep.story.Story::articles).hasSize(seeds.size());
        }
    }

    @Test
    void anArticleShowsItsStoryAndWhetherItIsACopyOrHasCopies() throws Exception {
        String store = dir.resolve("copies").toString();
        Path input = Files.createDirectories(dir.resolve("with-a-copy"));
        Path original;
        try (var files = Files.list(TestData.seeds())) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("README")).sorted().toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        try (var files = Files.list(input)) {
            original = files.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(original);
        Files.writeString(input.resolve("zz-repost.txt"), text.replaceFirst("the", "THE")); // a near-duplicate
        assertThat(run("ingest", "--store", store, "--no-analyze", "--quiet", input.toString())).isZero();
        assertThat(run("export", "--store", store, "--format", "jsonl")).isZero();
        assertThat(stdout().lines().count()).isEqualTo(6);
        String anyId = Json.mapper().readTree(stdout().lines().findFirst().orElseThrow()).get("id").asText();
        assertThat(run("show", "--store", store, "--json", anyId)).isZero();
        assertThat(Json.mapper().readTree(stdout()).get("story").isNull()).isTrue(); // no stories saved yet: none made

        assertThat(run("stories", "--store", store, "--json")).isZero();
        JsonNode withCopy = null;
        for (JsonNode s : Json.mapper().readTree(stdout())) {
            if (s.get("copies").size() > 0) {
                withCopy = s;
            }
        }
        assertThat(withCopy).isNotNull();
        String copy = withCopy.get("copies").fieldNames().next();
        String canonical = withCopy.get("copies").get(copy).asText();

        assertThat(run("show", "--store", store, "--json", copy)).isZero();
        JsonNode shown = Json.mapper().readTree(stdout());
        assertThat(shown.get("story").asText()).isEqualTo(withCopy.get("id").asText());
        assertThat(shown.get("canonicalCopy").asText()).isEqualTo(canonical);
        assertThat(shown.get("copies")).isEmpty();
        assertThat(run("show", "--store", store, "--json", canonical)).isZero();
        shown = Json.mapper().readTree(stdout());
        assertThat(shown.get("canonicalCopy").isNull()).isTrue();
        assertThat(shown.get("copies")).extracting(JsonNode::asText).containsExactly(copy);
        assertThat(run("show", "--store", store, copy)).isZero();
        assertThat(stdout()).contains("copy of:           " + canonical).contains(withCopy.get("id").asText());
    }

    private static java.util.Map<String, String> storyOf(JsonNode stories) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        stories.forEach(s -> s.get("articles").forEach(a -> out.put(a.asText(), s.get("id").asText())));
        return out;
    }

    @Test
    void evalAndBenchPrintTheirDocumentedJson() throws Exception {
        Path labelled = dir.resolve("labelled.jsonl");
        String geneva = "Russian and American diplomats met in Geneva for talks on security guarantees, NATO expansion and missiles.";
        String olympics = "The Winter Olympic Games opened in Beijing with skiing, skating and hockey before a full stadium.";
        Files.writeString(labelled, String.join("\n",
                "{\"id\":\"1\",\"text\":\"" + geneva + "\",\"published\":\"2022-01-10\",\"label\":\"geneva\"}",
                "{\"id\":\"2\",\"text\":\"" + geneva + " Talks resumed.\",\"published\":\"2022-01-11\",\"label\":\"geneva\"}",
                "{\"id\":\"3\",\"text\":\"" + olympics + "\",\"published\":\"2022-02-04\",\"label\":\"olympics\"}",
                "{\"id\":\"4\",\"text\":\"" + olympics + " Medals followed.\",\"published\":\"2022-02-05\",\"label\":\"olympics\"}"));
        assertThat(run("eval", "clustering", "--data", labelled.toString(), "--json")).isZero();
        JsonNode clustering = Json.mapper().readTree(stdout());
        assertThat(clustering.get("n").asInt()).isEqualTo(4);
        assertThat(clustering.get("bcubedF1").asDouble()).isEqualTo(1.0);
        assertThat(clustering.get("clusters").asInt()).isEqualTo(2);

        assertThat(run("eval", "temporal", "--data", TestData.shared("eval/tempeval3").toString(), "--limit", "2", "--json")).isZero();
        JsonNode temporal = Json.mapper().readTree(stdout());
        for (String key : new String[]{"strict", "relaxed", "value", "type", "n", "docsPerSecond", "peers"}) {
            assertThat(temporal.has(key)).as(key).isTrue();
        }
        assertThat(temporal.get("value").has("f1")).isTrue();
        assertThat(temporal.get("peers").has("sutime")).isTrue();
        assertThat(temporal.get("n").asInt()).isEqualTo(2);

        assertThat(run("bench", "pipeline", "--data", TestData.seeds().toString(), "--limit", "3", "--threads", "1", "--json")).isZero();
        JsonNode pipeline = Json.mapper().readTree(stdout()).get(0);
        for (String key : new String[]{"articlesPerSecond", "tokensPerSecond", "peakHeapMb", "threads", "corenlpArticlesPerSecond", "overhead",
                "corenlpSecondsInRun", "overheadInRun"}) {
            assertThat(pipeline.has(key)).as(key).isTrue();
        }
        assertThat(pipeline.get("articles").asInt()).isEqualTo(3);
        assertThat(pipeline.get("corenlpSecondsInRun").asDouble()).isPositive()
                .isLessThan(pipeline.get("seconds").asDouble()); // the engine's share of the run, not a second run
    }
}
