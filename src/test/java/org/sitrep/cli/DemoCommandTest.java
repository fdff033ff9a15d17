package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCommandTest {

    @Test
    void aStoreThatTheDemoWroteIsEmptiedForTheNextRun(@TempDir Path tmp) throws IOException {
        // what a finished demo leaves: the database, the search index and the saved stories
        Path store = tmp.resolve("sitrep-demo");
        for (String part : new String[]{"db/sitrep.mv.db", "index/segments_1", "stories/clusterer.bin"}) {
            Files.createDirectories(store.resolve(part).getParent());
            Files.writeString(store.resolve(part), "x");
        }
        DemoCommand.recreate(store);
        assertThat(store).doesNotExist();
    }

    @Test
    void aDirectoryThatIsNotAStoreIsLeftAlone(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("thesis.txt"), "my work");
        assertThatThrownBy(() -> DemoCommand.recreate(dir)).isInstanceOf(IOException.class).hasMessageContaining("not a Sitrep store");
        assertThat(dir.resolve("thesis.txt")).exists();
    }
}
