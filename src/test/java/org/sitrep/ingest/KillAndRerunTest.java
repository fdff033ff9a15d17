package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.store.Store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 during a large ingest, run the same command again: every input is stored exactly once. */
class KillAndRerunTest {

    @Test
    void aKilledIngestIsCompletedByRunningItAgain(@TempDir Path store) throws Exception {
        String corpus = TestData.pressReleases().toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main",
                "ingest", "--quiet", "--no-analyze", "--log-stored", "--store", store.toString(), corpus));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<String> storedBeforeKill = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; storedBeforeKill.size() < 300 && (line = out.readLine()) != null; ) {
                if (line.startsWith("stored ")) {
                    storedBeforeKill.add(line.substring(7));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit of the index
            child.waitFor();
        }
        assertThat(storedBeforeKill).as("the child stored documents before it was killed").hasSize(300);

        IngestReport rerun = new IngestFixture().ingest(store, corpus);

        assertThat(rerun.failed()).isZero();
        assertThat(rerun.added() + rerun.duplicate()).isEqualTo(1796);
        assertThat(rerun.duplicate()).isGreaterThanOrEqualTo(300);
        try (Store s = Store.open(store)) {
            assertThat(s.documents().rawCount()).isEqualTo(1796);
            assertThat(s.documents().articleCount()).isEqualTo(1796);
            assertThat(s.index().size()).isEqualTo(1796);
            for (String id : storedBeforeKill) {
                assertThat(s.documents().raw(id)).isPresent();
            }
        }
    }
}
