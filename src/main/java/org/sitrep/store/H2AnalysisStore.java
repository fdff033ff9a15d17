package org.sitrep.store;

import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.analyze.Entity;
import org.sitrep.analyze.KnowledgeBase;
import org.sitrep.analyze.Mention;
import org.sitrep.analyze.Names;
import org.sitrep.analyze.Quantity;
import org.sitrep.analyze.Quote;
import org.sitrep.analyze.TimeExpression;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Facts in the embedded H2 database, beside the articles they were found in. */
public final class H2AnalysisStore implements AnalysisStore {
    private final DataSource db;
    private final KnowledgeBase kb;

    public H2AnalysisStore(DataSource db, KnowledgeBase kb) {
        this.db = db;
        this.kb = kb;
    }

    @Override
    public boolean isAnalyzed(String articleId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM analysis WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void save(AnalyzedArticle a) {
        String article = a.article().id();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String table : List.of("mention", "entity_role", "quote", "time_expression", "quantity", "analysis")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                        ps.setString(1, article);
                        ps.executeUpdate();
                    }
                }
                Map<String, String> ids = new HashMap<>();
                Map<String, String> absorbed = new HashMap<>();
                for (Entity e : a.entities()) {
                    ids.put(e.id(), resolve(c, e, absorbed));
                }
                ids.replaceAll((entity, stored) -> absorbed.getOrDefault(stored, stored)); // a person this article made a place
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO mention(article_id, entity_id, start_pos, end_pos, text, acts_for) "
                        + "KEY(article_id, start_pos, end_pos) VALUES (?,?,?,?,?,?)");
                     PreparedStatement role = c.prepareStatement("MERGE INTO entity_role(article_id, entity_id, role) "
                             + "KEY(article_id, entity_id, role) VALUES (?,?,?)")) {
                    for (Entity e : a.entities()) {
                        for (Mention m : e.mentions()) {
                            ps.setString(1, article);
                            ps.setString(2, ids.get(e.id()));
                            ps.setInt(3, m.start());
                            ps.setInt(4, m.end());
                            ps.setString(5, cut(m.text(), 512));
                            ps.setString(6, m.actsFor());
                            ps.addBatch();
                        }
                        for (String r : e.roles()) {
                            role.setString(1, article);
                            role.setString(2, ids.get(e.id()));
                            role.setString(3, cut(r, 512));
                            role.addBatch();
                        }
                    }
                    ps.executeBatch();
                    role.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO quote(article_id, start_pos, end_pos, text, speaker, "
                        + "speaker_entity, speaker_text, kind) KEY(article_id, start_pos) VALUES (?,?,?,?,?,?,?,?)")) {
                    for (Quote q : a.quotes()) {
                        ps.setString(1, article);
                        ps.setInt(2, q.start());
                        ps.setInt(3, q.end());
                        ps.setString(4, q.text());
                        ps.setString(5, cut(q.speaker(), 512));
                        ps.setString(6, q.speakerEntity() == null ? null : ids.getOrDefault(q.speakerEntity(), q.speakerEntity()));
                        ps.setString(7, cut(q.speakerText(), 512));
                        ps.setString(8, q.kind());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO time_expression(article_id, start_pos, end_pos, text, type, timex_value) "
                        + "KEY(article_id, start_pos) VALUES (?,?,?,?,?,?)")) {
                    for (TimeExpression t : a.times()) {
                        ps.setString(1, article);
                        ps.setInt(2, t.start());
                        ps.setInt(3, t.end());
                        ps.setString(4, cut(t.text(), 512));
                        ps.setString(5, t.type());
                        ps.setString(6, cut(t.value(), 64));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO quantity(article_id, start_pos, end_pos, text, amount, unit, subject) "
                        + "KEY(article_id, start_pos) VALUES (?,?,?,?,?,?,?)")) {
                    for (Quantity q : a.quantities()) {
                        ps.setString(1, article);
                        ps.setInt(2, q.start());
                        ps.setInt(3, q.end());
                        ps.setString(4, cut(q.text(), 512));
                        ps.setDouble(5, q.value());
                        ps.setString(6, cut(q.unit(), 64));
                        ps.setString(7, cut(q.subject(), 512));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis(article_id, reference_date, reference_source, "
                        + "tokens, analyzed_at) VALUES (?,?,?,?,?)")) {
                    ps.setString(1, article);
                    ps.setDate(2, a.referenceDate().date() == null ? null : Date.valueOf(a.referenceDate().date()));
                    ps.setString(3, a.referenceDate().source());
                    ps.setInt(4, a.tokens());
                    ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
    }

    /** The key a person is found by: the folded surname (null when the name has no word). */
    public static String personKey(String name) {
        List<String> keys = Names.keys(name);
        return keys.isEmpty() ? null : keys.get(keys.size() - 1);
    }

    /**
     * The store's id for an article's entity: known entities keep their knowledge-base id; a person not in it joins a
     * stored person whose name can be the same person's (same folded surname, compatible given names). A person's name
     * is a place's when the store knows a place of exactly that name, whichever was stored first ("Babyn Yar").
     *
     * @param absorbed filled with the persons this call turned into places (person id -> place id)
     */
    private String resolve(Connection c, Entity e, Map<String, String> absorbed) throws SQLException {
        String id = e.id();
        String personKey = null;
        if (e.type().equals("PERSON")) {
            String place = "place:" + Names.slug(e.name());
            if (kb.byId(id).isEmpty() && exists(c, place)) {
                return place; // a name the store knows as a place ("Bucha" tagged a person here, a place elsewhere)
            }
            personKey = personKey(e.name());
            if (kb.byId(id).isEmpty() && personKey != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM entity WHERE person_key = ? AND type = 'PERSON'")) {
                    ps.setString(1, personKey);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (Names.samePerson(rs.getString(2), e.name())) {
                                String found = rs.getString(1);
                                if (kb.byId(found).isEmpty() && e.name().split("\\s+").length > rs.getString(2).split("\\s+").length) {
                                    try (PreparedStatement up = c.prepareStatement("UPDATE entity SET name = ? WHERE id = ?")) {
                                        up.setString(1, cut(e.name(), 512));
                                        up.setString(2, found);
                                        up.executeUpdate();
                                    }
                                }
                                return found;
                            }
                        }
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO entity(id, name, type, person_key) KEY(id) VALUES (?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, cut(e.name(), 512));
            ps.setString(3, e.type());
            ps.setString(4, personKey);
            ps.executeUpdate();
        }
        if (e.type().equals("LOCATION")) {
            String person = "person:" + Names.slug(e.name());
            if (absorbPersonNamedLikeAPlace(c, person, id, e.name())) {
                absorbed.put(person, id);
            }
        }
        return id;
    }

    private static boolean exists(Connection c, String entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM entity WHERE id = ?")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * A person stored under exactly the name of a place ("Bucha", "Babyn Yar", tagged a person in earlier articles)
     * becomes that place: its mentions move over, its roles and any quotes attributed to it are dropped (a place says
     * nothing). Persons of the knowledge base are never touched; nor is a person known by another or fuller name.
     *
     * @return whether the person was absorbed
     */
    private boolean absorbPersonNamedLikeAPlace(Connection c, String personId, String placeId, String placeName)
            throws SQLException {
        if (kb.byId(personId).isPresent()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM entity WHERE id = ? AND type = 'PERSON'")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !Names.slug(rs.getString(1)).equals(Names.slug(placeName))) {
                    return false;
                }
            }
        }
        update(c, "UPDATE mention SET entity_id = ? WHERE entity_id = ?", placeId, personId);
        update(c, "UPDATE quote SET speaker_entity = NULL WHERE speaker_entity = ?", personId);
        update(c, "DELETE FROM entity_role WHERE entity_id = ?", personId);
        update(c, "DELETE FROM entity WHERE id = ?", personId);
        return true;
    }

    private static void update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public List<EntitySummary> entities() {
        String sql = "SELECT e.id, e.name, e.type, COUNT(*), COUNT(DISTINCT m.article_id), "
                + "LISTAGG(DISTINCT m.text, '\u001f') WITHIN GROUP (ORDER BY m.text) "
                + "FROM entity e JOIN mention m ON m.entity_id = e.id GROUP BY e.id, e.name, e.type ORDER BY COUNT(*) DESC, e.name";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<EntitySummary> out = new ArrayList<>();
            while (rs.next()) {
                String aliases = rs.getString(6);
                out.add(new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        aliases == null ? List.of() : Arrays.asList(aliases.split("\u001f")), rs.getLong(4), rs.getLong(5)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredQuote> quotes(String speaker) {
        // the speaker as the store names the entity now (one name across articles' spellings), else as the article did
        String sql = "SELECT q.article_id, a.published, q.text, q.start_pos, q.end_pos, COALESCE(e.name, q.speaker), "
                + "q.speaker_entity, q.speaker_text, q.kind "
                + "FROM quote q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.speaker_entity "
                + (speaker == null ? "" : "WHERE LOWER(COALESCE(e.name, q.speaker)) LIKE ? OR LOWER(q.speaker) LIKE ? "
                + "OR q.speaker_entity = ? OR q.speaker_entity IN (SELECT m.entity_id FROM mention m WHERE LOWER(m.text) LIKE ?) ")
                + "ORDER BY a.published_day NULLS LAST, q.article_id, q.start_pos";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (speaker != null) {
                ps.setString(1, "%" + speaker.toLowerCase(Locale.ROOT) + "%");
                ps.setString(2, "%" + speaker.toLowerCase(Locale.ROOT) + "%");
                ps.setString(3, speaker);
                ps.setString(4, "%" + speaker.toLowerCase(Locale.ROOT) + "%"); // any spelling of the speaker's name
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<StoredQuote> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new StoredQuote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long analyzedCount() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM analysis");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public ArticleFacts facts(String articleId) {
        try (Connection c = db.getConnection()) {
            Map<String, List<String>> roles = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, role FROM entity_role WHERE article_id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            List<ArticleEntity> entities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.name, e.type, COUNT(*) FROM mention m JOIN entity e "
                    + "ON e.id = m.entity_id WHERE m.article_id = ? GROUP BY e.id, e.name, e.type ORDER BY COUNT(*) DESC")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entities.add(new ArticleEntity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                roles.getOrDefault(rs.getString(1), List.of())));
                    }
                }
            }
            List<StoredQuote> quotes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT q.article_id, a.published, q.text, q.start_pos, q.end_pos, "
                    + "q.speaker, q.speaker_entity, q.speaker_text, q.kind FROM quote q JOIN article a ON a.id = q.article_id "
                    + "WHERE q.article_id = ? ORDER BY q.start_pos")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        quotes.add(new StoredQuote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                }
            }
            List<Quantity> quantities = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT text, start_pos, end_pos, amount, unit, subject FROM quantity "
                    + "WHERE article_id = ? ORDER BY start_pos")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        quantities.add(new Quantity(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return new ArticleFacts(entities, quotes, quantities);
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<TimeExpression> times(String articleId) {
        String sql = "SELECT text, start_pos, end_pos, type, timex_value FROM time_expression WHERE article_id = ? ORDER BY start_pos";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                List<TimeExpression> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new TimeExpression(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.Set<String> entitiesOf(String articleId) {
        String sql = "SELECT DISTINCT m.entity_id FROM mention m JOIN entity e ON e.id = m.entity_id "
                + "WHERE m.article_id = ? AND e.type IN (" + org.sitrep.analyze.Entity.ACTOR_TYPES.stream().sorted()
                .map(t -> "'" + t + "'").collect(java.util.stream.Collectors.joining(", ")) + ")";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                java.util.Set<String> out = new java.util.HashSet<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> entityNames(java.util.Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT name FROM entity WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, rs.getString(1));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, java.util.Set<String>> surfaceForms(java.util.Collection<String> ids) {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT text FROM mention WHERE entity_id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(rs.getString(1));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
