package org.sitrep.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A store analysed before hyphenated surnames became one name word gets its people's keys recomputed on opening. */
class PersonKeyMigrationTest {

    @Test
    void peopleStoredWithTheOldKeysAreFoundByTheNewOnes(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("sitrep") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sitrep", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("2").load().migrate();
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO entity(id, name, type, person_key) VALUES "
                        + "('person:maria-lvova-belova', 'Maria Lvova-Belova', 'PERSON', 'belova')");
            }
        } finally {
            pool.dispose();
        }
        H2DocumentStore.open(dir).close(); // opening an older store migrates it
        pool = JdbcConnectionPool.create(url, "sitrep", "");
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT person_key FROM entity WHERE id = 'person:maria-lvova-belova'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(H2AnalysisStore.personKey("Ms Lvova-Belova"));
        } finally {
            pool.dispose();
        }
    }
}
