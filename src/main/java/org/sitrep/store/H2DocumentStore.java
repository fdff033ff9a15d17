package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.Json;
import org.sitrep.model.RawDocument;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The embedded record store: an H2 database file, its schema kept by Flyway migrations. */
public final class H2DocumentStore implements DocumentStore {
    private static final String ARTICLE_COLUMNS = "id, raw_id, title, published, updated, author, site, publisher, url, "
            + "original_url, language, original_language, machine_translated, text";
    private static final TypeReference<Map<String, String>> HINTS = new TypeReference<>() {
    };

    private final JdbcConnectionPool pool;

    private H2DocumentStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database under {@code dir} and brings its schema up to date. A damaged file is
     * found by opening it read-only first: a read-write open that fails on it has already written to it, over the
     * earlier versions a recovery takes back.
     */
    public static H2DocumentStore open(Path dir) {
        if (java.nio.file.Files.isRegularFile(dir.resolve("sitrep.mv.db"))) {
            checkReadable(dir);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir), "sitrep", "");
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:org/sitrep/store/migration")
                    .load().migrate();
            return new H2DocumentStore(pool);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("the store " + dir + " is in use by another Sitrep process", e);
            }
            throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the database read-only (which reads the root of every table, and takes a shared lock: a store another
     * process writes is not read) and fails with the cause when the file is damaged; anything else is left to the
     * open that follows to say.
     */
    private static void checkReadable(Path dir) {
        String readOnly = url(dir) + ";ACCESS_MODE_DATA=r";
        try (Connection ignored = java.sql.DriverManager.getConnection(readOnly, "sitrep", "")) {
            // it opens
        } catch (SQLException e) {
            if (H2Recovery.isDamage(e)) {
                throw new StoreException("the store's database " + dir + " is damaged: " + e.getMessage(), e);
            }
        }
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("sitrep") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The database, for the other stores that share it. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    @Override
    public Presence presence(String rawId) {
        return query("SELECT (SELECT COUNT(*) FROM article a WHERE a.raw_id = r.id) FROM raw_document r WHERE r.id = ?",
                ps -> ps.setString(1, rawId),
                rs -> rs.next() ? (rs.getLong(1) > 0 ? Presence.WITH_ARTICLE : Presence.RAW_ONLY) : Presence.ABSENT);
    }

    @Override
    public void save(RawDocument raw, Article article) {
        transaction(c -> {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM raw_document WHERE id = ?")) {
                ps.setString(1, raw.id());
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO raw_document(id, source, format, fetched_at, hints, content) VALUES (?,?,?,?,?,?)")) {
                    ps.setString(1, raw.id());
                    ps.setString(2, truncate(raw.source(), 4096));
                    ps.setString(3, raw.format().name());
                    ps.setObject(4, raw.fetchedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(5, Json.mapper().writeValueAsString(raw.hints()));
                    ps.setBytes(6, raw.content());
                    ps.executeUpdate();
                }
            }
            writeArticle(c, raw.id(), article);
        });
    }

    @Override
    public void replaceArticle(String rawId, Article article) {
        transaction(c -> writeArticle(c, rawId, article));
    }

    private static void writeArticle(Connection c, String rawId, Article a) throws SQLException {
        if (a == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE raw_id = ?")) {
                ps.setString(1, rawId);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO article(" + ARTICLE_COLUMNS
                + ", published_day, change_seq) KEY(id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, NEXT VALUE FOR article_change)")) {
            int i = 0;
            ps.setString(++i, a.id());
            ps.setString(++i, rawId);
            ps.setString(++i, truncate(a.title(), 4096));
            ps.setString(++i, a.published());
            ps.setString(++i, a.updated());
            ps.setString(++i, truncate(a.author(), 1024));
            ps.setString(++i, truncate(a.site(), 1024));
            ps.setString(++i, truncate(a.publisher(), 1024));
            ps.setString(++i, truncate(a.url(), 4096));
            ps.setString(++i, truncate(a.originalUrl(), 4096));
            ps.setString(++i, a.language());
            ps.setString(++i, a.originalLanguage());
            if (a.machineTranslated() == null) {
                ps.setNull(++i, Types.BOOLEAN);
            } else {
                ps.setBoolean(++i, a.machineTranslated());
            }
            ps.setString(++i, a.text());
            ps.setDate(++i, a.publishedDay() == null ? null : Date.valueOf(a.publishedDay()));
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<RawDocument> raw(String rawId) {
        return query("SELECT id, source, format, fetched_at, hints, content FROM raw_document WHERE id = ?",
                ps -> ps.setString(1, rawId), rs -> rs.next() ? Optional.of(readRaw(rs)) : Optional.empty());
    }

    @Override
    public Optional<Article> article(String idOrPrefix) {
        String prefix = idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (prefix.isEmpty() || !prefix.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            return Optional.empty();
        }
        List<Article> found = query("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id LIKE ? LIMIT 2",
                ps -> ps.setString(1, prefix + "%"), rs -> {
                    List<Article> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(readArticle(rs));
                    }
                    return list;
                });
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public void forEachRaw(Consumer<RawDocument> action) {
        query("SELECT id, source, format, fetched_at, hints, content FROM raw_document ORDER BY fetched_at, id", ps -> {
        }, rs -> {
            while (rs.next()) {
                action.accept(readRaw(rs));
            }
            return null;
        });
    }

    @Override
    public void forEachArticle(Consumer<Article> action) {
        forEachArticleChangedAfter(Long.MIN_VALUE, (a, seq) -> action.accept(a));
    }

    @Override
    public void forEachArticleChangedAfter(long changeSeq, ArticleChangeConsumer action) {
        query("SELECT " + ARTICLE_COLUMNS + ", change_seq FROM article WHERE change_seq > ? ORDER BY change_seq",
                ps -> ps.setLong(1, changeSeq), rs -> {
                    while (rs.next()) {
                        action.accept(readArticle(rs), rs.getLong("change_seq"));
                    }
                    return null;
                });
    }

    /**
     * H2 writes committed transactions to its file within half a second, in the background, where it also compacts the
     * file; a {@code CHECKPOINT} writes them now. (Writing every commit at once, {@code WRITE_DELAY=0}, stops that
     * background work, h2database issue 442, and the file grew to twenty times its data at 5,000 articles.)
     */
    @Override
    public void checkpoint() {
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("store checkpoint failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long lastChange() {
        return query("SELECT COALESCE(MAX(change_seq), 0) FROM article", ps -> {
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    @Override
    public long rawCount() {
        return count("SELECT COUNT(*) FROM raw_document");
    }

    @Override
    public long articleCount() {
        return count("SELECT COUNT(*) FROM article");
    }

    @Override
    public List<Count> countBy(Dimension dimension) {
        String key = switch (dimension) {
            case SOURCE -> "COALESCE(site, REGEXP_REPLACE(url, '^[A-Za-z]+://(www\\.)?([^/:?#]+).*$', '$2'), 'unknown')";
            case LANGUAGE -> "COALESCE(language, 'unknown')";
            case MONTH -> "COALESCE(FORMATDATETIME(published_day, 'yyyy-MM'), 'unknown')";
        };
        String order = dimension == Dimension.MONTH ? "k" : "n DESC, k";
        return query("SELECT " + key + " AS k, COUNT(*) AS n FROM article GROUP BY k ORDER BY " + order, ps -> {
        }, rs -> {
            List<Count> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(new Count(rs.getString(1), rs.getLong(2)));
            }
            return counts;
        });
    }

    private long count(String sql) {
        return query(sql, ps -> {
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    private static RawDocument readRaw(ResultSet rs) throws SQLException {
        try {
            Map<String, String> hints = Json.mapper().readValue(rs.getString("hints"), HINTS);
            return new RawDocument(rs.getString("id"), rs.getString("source"),
                    DocumentFormat.valueOf(rs.getString("format")),
                    rs.getObject("fetched_at", OffsetDateTime.class).toInstant(), hints, rs.getBytes("content"));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable hints of raw document " + rs.getString("id"), e);
        }
    }

    private static Article readArticle(ResultSet rs) throws SQLException {
        boolean mt = rs.getBoolean("machine_translated");
        Boolean machineTranslated = rs.wasNull() ? null : mt;
        return new Article(rs.getString("id"), rs.getString("raw_id"), rs.getString("title"),
                rs.getString("published"), rs.getString("updated"), rs.getString("author"), rs.getString("site"),
                rs.getString("publisher"), rs.getString("url"), rs.getString("original_url"),
                rs.getString("language"), rs.getString("original_language"), machineTranslated, rs.getString("text"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException, JsonProcessingException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private void transaction(SqlWork work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    /**
     * Closes the pool's connections; the database closes with the last of them. (A {@code SHUTDOWN} through a pooled
     * connection closed the database under the pool, whose rollback on giving the connection back then failed and was
     * written to the trace file, a stack trace for every command run.)
     */
    @Override
    public void close() {
        pool.dispose();
    }

    /**
     * Rewrites a closed store's file without the space that old versions of its pages left free (H2 reuses that space
     * only slowly while the store is written fast). Takes time in proportion to the store's size.
     */
    public static void compact(Path dir) {
        try (Connection c = java.sql.DriverManager.getConnection(url(dir) + ";IFEXISTS=TRUE", "sitrep", ""); var st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("the store " + dir + " is in use by another Sitrep process", e);
            }
            throw new StoreException("cannot compact the store " + dir + ": " + e.getMessage(), e);
        }
    }
}
