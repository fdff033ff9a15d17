package org.sitrep.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/**
 * Damages a store's database as a killed run once left it (h2database issues 4142, 4247): its newest version no
 * longer lists a chunk that its pages still use, and the database no longer opens ("Chunk 4 not found").
 */
public final class H2Damage {
    private H2Damage() {
    }

    /**
     * Takes one chunk out of those the newest version of {@code file} (a closed {@code sitrep.mv.db}) lists, trying
     * them from the oldest until the database no longer opens.
     */
    @SuppressWarnings("unchecked")
    public static void damage(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        String base = file.toString().replaceFirst("\\.mv\\.db$", "");
        for (int k = 0; ; k++) {
            Files.write(file, original);
            MVStore s = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
            var field = org.h2.mvstore.FileStore.class.getDeclaredField("layout");
            field.setAccessible(true);
            MVMap<String, String> layout = (MVMap<String, String>) field.get(s.getFileStore());
            List<String> chunks = layout.keySet().stream().filter(key -> key.startsWith("chunk."))
                    .sorted(Comparator.comparingInt(key -> Integer.parseInt(key.substring(6), 16))).toList();
            if (k >= chunks.size()) {
                s.closeImmediately();
                throw new AssertionError("no chunk taken out of the newest version keeps " + file + " from opening");
            }
            layout.remove(chunks.get(k));
            s.commit();
            s.closeImmediately();
            String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE";
            try (Connection ignored = DriverManager.getConnection(url, "sitrep", "")) {
                Files.deleteIfExists(Path.of(base + ".trace.db"));
            } catch (SQLException damaged) {
                return;
            }
        }
    }
}
