package org.sitrep.store;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;

/**
 * Damages a store's database as a killed run once left it (h2database issues 4142, 4247): its newest version no
 * longer lists a chunk that its pages still use, and the database no longer opens ("Chunk 4 not found").
 */
public final class H2Damage {
    private H2Damage() {
    }

    /**
     * Takes out of the chunks the newest version of {@code file} (a closed {@code sitrep.mv.db}) lists one that holds
     * the root page of a table, which every open reads. The newest chunk holds the list and is in none, so one small
     * write first moves the newest chunk on. (Callers assert that the store had to be recovered: a probe here would
     * leave H2 holding the damaged file in this JVM after its failed open.)
     */
    @SuppressWarnings("unchecked")
    public static void damage(Path file) throws Exception {
        MVStore s = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        var field = org.h2.mvstore.FileStore.class.getDeclaredField("layout");
        field.setAccessible(true);
        MVMap<String, String> layout = (MVMap<String, String>) field.get(s.getFileStore());
        s.openMap("sitrep-damage").put("written", "after the tables");
        s.commit();
        String chunk = layout.keySet().stream().filter(key -> key.startsWith("root.")).sorted()
                .filter(key -> String.valueOf(s.getMapName(Integer.parseInt(key.substring(5), 16))).startsWith("table."))
                .map(key -> "chunk." + Integer.toHexString(DataUtils.getPageChunkId(DataUtils.parseHexLong(layout.get(key)))))
                .filter(layout::containsKey).findFirst()
                .orElseThrow(() -> new AssertionError("no table of " + file + " has its root in a listed chunk"));
        layout.remove(chunk);
        s.commit();
        s.close(0); // closed cleanly, without compaction: the next open trusts the list instead of scanning the file
    }
}
