package org.sitrep.store;

import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings back an H2 database file that no longer opens. H2 2.x can leave a file whose newest version refers to a chunk
 * it no longer lists ("Chunk 15 not found") when the process is killed while it writes (h2database issues 4142,
 * 4247): every table is then unreadable, H2's own Recover tool included. The file still holds the earlier versions,
 * each a consistent snapshot of committed transactions, so the newest one that opens and reads in full is taken back,
 * as a database returns to its last consistent state after a crash. Raw documents are never deleted, so among the
 * readable versions the one holding the most is the store's latest state; what came after it is lost, and ingesting
 * the same inputs again stores it (content already stored is recognised). The damaged file is kept beside the new one.
 * The damage must be found before anything writes to the file ({@link H2DocumentStore#open} opens it read-only first):
 * a read-write open that fails has written new chunks over the earlier versions.
 */
final class H2Recovery {
    /** How many versions back from the newest are tried (each a chunk of the file). */
    private static final int VERSIONS = 64;
    /** H2's file blocks; a chunk starts at a block, with a header in ASCII: "chunk:1f,block:...,version:2a,...". */
    private static final int BLOCK = 4096;
    /** After a readable version, this many unreadable or empty older ones are passed over, for one holding more. */
    private static final int LOOK_FURTHER = 8;

    /** The recovered file, beside the damaged one until it takes its place. */
    private static final String RECOVERED = "sitrep.mv.db.recovered";
    private static final java.util.regex.Pattern CHUNK_VERSION = java.util.regex.Pattern.compile(
            ",version:([0-9a-f]+)[,\\n]");

    private H2Recovery() {
    }

    /**
     * Completes a recovery that a killed run left between moving the damaged file aside and moving the recovered one
     * in (else the database would open as a new, empty one).
     */
    static void finishInterrupted(Path dir) {
        Path staged = dir.resolve(RECOVERED);
        try {
            if (Files.isRegularFile(staged) && !Files.exists(dir.resolve("sitrep.mv.db"))) {
                Files.move(staged, dir.resolve("sitrep.mv.db"));
            }
        } catch (IOException e) {
            throw new StoreException("could not complete the recovery of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether an error opening the database means its file is damaged (not locked, not absent). */
    static boolean isDamage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException e) {
                int code = e.getErrorCode();
                return code == org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT
                        || code == org.h2.mvstore.DataUtils.ERROR_CHUNK_NOT_FOUND
                        || code == org.h2.mvstore.DataUtils.ERROR_BLOCK_NOT_FOUND;
            }
            if (t instanceof SQLException e && e.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the damaged database file {@code DIR/sitrep.mv.db} by its latest readable version, keeping the damaged
     * one as {@code sitrep.mv.db.damaged-TIME}.
     *
     * @throws StoreException when no version of the file can be read
     */
    static Store.Recovery recover(Path dir) {
        Path file = dir.resolve("sitrep.mv.db");
        Path work = dir.resolve("recovery");
        try {
            deleteTree(work);
            Files.createDirectories(work);
            Path copy = work.resolve("damaged.mv.db");
            Files.copy(file, copy);
            Candidate best = null;
            int sinceBest = 0;
            for (long version : chunkVersions(copy).stream().limit(VERSIONS).toList()) {
                Candidate c = tryVersion(copy, version, work);
                if (c == null || c.rawDocuments() == 0) { // unreadable, or a version of before anything was stored
                    if (best != null && ++sinceBest > LOOK_FURTHER) {
                        break;
                    }
                } else if (best == null || c.rawDocuments() > best.rawDocuments()) {
                    discard(best);
                    best = c;
                    sinceBest = 0;
                } else {
                    discard(c); // older, and holding no more: the versions before it hold fewer still
                    break;
                }
            }
            if (best == null) {
                throw new StoreException("the store's database " + file + " is damaged and none of its last " + VERSIONS
                        + " versions can be read; it is left as it is");
            }
            Path kept = dir.resolve("sitrep.mv.db.damaged-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(ZoneOffset.UTC).format(Instant.now()));
            Path staged = dir.resolve(RECOVERED);
            Files.move(best.file(), staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(file, kept); // a run killed here leaves the recovered file staged: see finishInterrupted
            Files.move(staged, file);
            return new Store.Recovery(kept, best.version(), best.rawDocuments());
        } catch (IOException e) {
            throw new StoreException("the store's database " + file + " is damaged, and recovering it failed: "
                    + e.getMessage(), e);
        } finally {
            try {
                deleteTree(work);
            } catch (IOException ignored) {
                // a leftover work folder is removed by the next recovery
            }
        }
    }

    private record Candidate(Path file, long version, long rawDocuments) {
    }

    /**
     * The versions of the chunks in the file, newest first: the states it can be taken back to (H2 counts a version
     * for every commit, most of which write no chunk of their own).
     */
    private static List<Long> chunkVersions(Path file) throws IOException {
        java.util.TreeSet<Long> versions = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        byte[] header = new byte[BLOCK];
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            for (long block = 0; block * BLOCK < channel.size(); block++) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(header);
                channel.read(buffer, block * BLOCK);
                String text = new String(header, 0, buffer.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!text.startsWith("chunk:")) {
                    continue;
                }
                java.util.regex.Matcher m = CHUNK_VERSION.matcher(text);
                if (m.find()) {
                    versions.add(Long.parseLong(m.group(1), 16));
                }
            }
        }
        return new ArrayList<>(versions);
    }

    private static void discard(Candidate c) throws IOException {
        if (c != null) {
            deleteTree(c.file().getParent());
        }
    }

    /** The file rolled back to a version, if it opens and every row of every table reads; else null. */
    private static Candidate tryVersion(Path damaged, long version, Path work) throws IOException {
        Path temp = Path.of(damaged + ".temp");
        Files.deleteIfExists(temp);
        try {
            MVStoreTool.rollback(damaged.toString(), version, new StringWriter());
        } catch (RuntimeException noSuchVersion) { // its chunks were rewritten since (H2 2.5.252 throws an NPE)
            Files.deleteIfExists(temp);
            return null;
        }
        if (!Files.isRegularFile(temp)) {
            return null;
        }
        Path candidate = work.resolve("v" + version).resolve("sitrep.mv.db");
        Files.createDirectories(candidate.getParent());
        Files.move(temp, candidate, StandardCopyOption.REPLACE_EXISTING);
        String url = "jdbc:h2:file:" + candidate.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "")
                + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sitrep", "")) {
            long raw = readAll(c);
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN"); // closed cleanly: the file is whole before it is moved
            }
            return new Candidate(candidate, version, raw);
        } catch (SQLException | RuntimeException unreadable) {
            deleteTree(candidate.getParent());
            return null;
        }
    }

    /** Reads every value of every table (a page in a lost chunk fails); returns the number of raw documents. */
    private static long readAll(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.contains("RAW_DOCUMENT")) {
            return 0;
        }
        long raw = 0;
        for (String table : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                long rows = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        read(rs.getObject(i));
                    }
                    rows++;
                }
                if (table.equals("RAW_DOCUMENT")) {
                    raw = rows;
                }
            }
        }
        return raw;
    }

    /** Reads a value through, large objects to their end. */
    private static void read(Object value) throws SQLException {
        try {
            if (value instanceof java.sql.Blob b) {
                try (var in = b.getBinaryStream()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            } else if (value instanceof java.sql.Clob c) {
                try (var in = c.getCharacterStream()) {
                    in.transferTo(java.io.Writer.nullWriter());
                }
            }
        } catch (IOException e) {
            throw new SQLException("unreadable large object: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
