package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.story.StoryClusterer;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClusteringEvalTest {
    private static final String TALKS = "Diplomats met in Geneva for talks on security guarantees, missile deployments and "
            + "military exercises near the border; the talks lasted seven hours and will go on in Brussels.";
    private static final String GAMES = "The Winter Games opened with a ceremony at the national stadium; skiing and "
            + "skating events begin tomorrow and the organisers reported record ticket sales for the hockey finals.";

    private static final String FOLLOW_UP = "Officials from several capitals commented on the talks in the evening, and "
            + "newspapers printed long analyses of what each side wants.";

    private static String line(String id, String text, String day, String label) {
        return "{\"id\":\"" + id + "\",\"title\":\"\",\"text\":\"" + text + "\",\"published\":\"" + day
                + "\",\"label\":\"" + label + "\"}\n";
    }

    @Test
    void aGzippedSetIsScoredWithTheEntitiesTheFinderGives(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((line("a", TALKS, "2022-01-10", "talks") + line("b", GAMES, "2022-01-11", "games")
                    + line("c", FOLLOW_UP, "2022-01-12", "talks")).getBytes(StandardCharsets.UTF_8));
        }
        Set<String> asked = ConcurrentHashMap.newKeySet();
        ClusteringEval.Report withEntities = new ClusteringEval().run(file, StoryClusterer.Settings.defaults(),
                (id, title, text, day) -> {
                    asked.add(id + "@" + day);
                    return id.equals("b") ? Set.of("stadium") : Set.of("geneva", "ryabkov", "sherman");
                });
        assertThat(asked).containsExactlyInAnyOrder("a@2022-01-10", "b@2022-01-11", "c@2022-01-12");
        assertThat(withEntities.n()).isEqualTo(3);
        assertThat(withEntities.bcubedF1()).isEqualTo(1.0); // the follow-up shares a word or two, and the entities
        ClusteringEval.Report textOnly = new ClusteringEval().run(file, StoryClusterer.Settings.defaults());
        assertThat(textOnly.clusters()).isEqualTo(3);
        assertThat(textOnly.bcubedRecall()).isLessThan(1.0);
    }

    @Test
    void anArticleTheEngineCannotReadIsClusteredOnItsTextAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, line("a", TALKS, "2022-01-10", "talks") + line("b", GAMES, "2022-01-11", "games"));
        ClusteringEval.Report r = new ClusteringEval().run(file, StoryClusterer.Settings.defaults(), (id, title, text, day) -> {
            if (id.equals("b")) {
                throw new IllegalStateException("the engine failed");
            }
            return Set.of("geneva");
        });
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void aRecordThatCannotBeReadIsNamedAndLeftOutWhileTheRestIsScored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, "\uFEFF" + line("a", TALKS, "2022-01-10", "talks")
                + "{\"id\": \"broken\", \"text\": \"unterminated\n"
                + "[1, 2]\n"
                + "{\"text\":\"" + FOLLOW_UP + "\",\"published\":1641945600,\"label\":\"talks\"}\n"
                + "{\"id\":\"a\",\"text\":\"" + GAMES + "\",\"published\":null,\"label\":7}\n");
        java.util.List<String> problems = new java.util.ArrayList<>();
        ClusteringEval.Outcome outcome = new ClusteringEval().evaluate(file, StoryClusterer.Settings.defaults(),
                (id, title, text, day) -> id.startsWith("a (") ? Set.of("stadium") : Set.of("geneva"), problems::add);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("line 2").contains("not JSON").endsWith("left out");
        assertThat(problems.get(1)).contains("line 3: not a JSON object");
        assertThat(problems.get(2)).contains("line 5: the id a again");
        assertThat(outcome.report().n()).isEqualTo(3); // the talks, the follow-up without an id, the repeated id
        assertThat(outcome.clusters()).flatExtracting(c -> c).extracting(ClusteringEval.Member::id)
                .containsExactlyInAnyOrder("a", "line 4", "a (line 5)");
        assertThat(outcome.report().bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void aSetMayBeOneJsonArray(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.json");
        Files.writeString(file, "[" + line("a", TALKS, "2022-01-10", "talks") + ","
                + line("b", GAMES, "2022-01-11", "games") + "]");
        ClusteringEval.Report r = new ClusteringEval().run(file, StoryClusterer.Settings.defaults());
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.clusters()).isEqualTo(2);
    }

    @Test
    void aPublicationDateIsReadInTheFormsASetMayGiveIt() {
        assertThat(ClusteringEval.day("2022-02-21T10:00:00+03:00")).hasToString("2022-02-21");
        assertThat(ClusteringEval.day("Mon, 21 Feb 2022 10:00:00 GMT")).hasToString("2022-02-21");
        assertThat(ClusteringEval.day("1645437600")).hasToString("2022-02-21");
        assertThat(ClusteringEval.day("February 21, 2022")).hasToString("2022-02-21");
        assertThat(ClusteringEval.day("21.02.2022")).hasToString("2022-02-21");
        assertThat(ClusteringEval.day("soon")).isNull();
        assertThat(ClusteringEval.day(null)).isNull();
    }
}
