package org.sitrep.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sitrep.store.H2AnalysisStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recomputes the stored people's name keys after a hyphenated surname became one name word ("Lvova-Belova"), so that
 * new mentions find the people a store already holds.
 */
public class V3__Person_keys_with_whole_hyphenated_names extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        try (PreparedStatement ps = context.getConnection().prepareStatement("SELECT id, name FROM entity WHERE type = 'PERSON'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getString(1), H2AnalysisStore.personKey(rs.getString(2)));
            }
        }
        try (PreparedStatement up = context.getConnection().prepareStatement("UPDATE entity SET person_key = ? WHERE id = ?")) {
            for (Map.Entry<String, String> e : keys.entrySet()) {
                up.setString(1, e.getValue());
                up.setString(2, e.getKey());
                up.addBatch();
            }
            up.executeBatch();
        }
    }
}
