package io.helm4j.storage.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Helm's SQL schema, set up as Helm's {@code ensureDBSetup} does with rubenv/sql-migrate: two
 * migrations ({@code init}: {@code releases_v1} and its indexes; {@code custom_labels}:
 * {@code custom_labels_v1}), recorded in sql-migrate's {@code gorp_migrations} table (id, applied_at),
 * applied in sql-migrate's order (by id: {@code custom_labels}, then {@code init}), each in its own
 * transaction with its record. A database Helm set up is used as it is, and Helm uses one set up here.
 */
final class SqlMigrations {
    static final String RELEASES = "releases_v1";
    static final String CUSTOM_LABELS = "custom_labels_v1";

    /** Helm's migration "init", with its table and column names substituted as Helm's fmt.Sprintf does. */
    static final String INIT = """
            CREATE TABLE releases_v1 (
            	key VARCHAR(90),
            	type VARCHAR(64) NOT NULL,
            	body TEXT NOT NULL,
            	name VARCHAR(64) NOT NULL,
            	namespace VARCHAR(64) NOT NULL,
            	version INTEGER NOT NULL,
            	status TEXT NOT NULL,
            	owner TEXT NOT NULL,
            	createdAt INTEGER NOT NULL,
            	modifiedAt INTEGER NOT NULL DEFAULT 0,
            	PRIMARY KEY(key, namespace)
            );
            CREATE INDEX ON releases_v1 (key, namespace);
            CREATE INDEX ON releases_v1 (version);
            CREATE INDEX ON releases_v1 (status);
            CREATE INDEX ON releases_v1 (owner);
            CREATE INDEX ON releases_v1 (createdAt);
            CREATE INDEX ON releases_v1 (modifiedAt);

            GRANT ALL ON releases_v1 TO PUBLIC;

            ALTER TABLE releases_v1 ENABLE ROW LEVEL SECURITY;
            """;

    /** Helm's migration "custom_labels" (key length 253 + 1 + 63, value 63, as Kubernetes labels). */
    static final String CUSTOM_LABELS_UP = """
            CREATE TABLE custom_labels_v1 (
            	releaseKey VARCHAR(64),
            	releaseNamespace VARCHAR(67),
            	key VARCHAR(317),
            	value VARCHAR(63)
            );
            CREATE INDEX ON custom_labels_v1 (releaseKey, releaseNamespace);

            GRANT ALL ON custom_labels_v1 TO PUBLIC;
            ALTER TABLE custom_labels_v1 ENABLE ROW LEVEL SECURITY;
            """;

    /** sql-migrate's record table, as gorp's PostgreSQL dialect creates it. */
    static final String RECORD_TABLE = "create table if not exists \"gorp_migrations\" "
            + "(\"id\" text not null primary key, \"applied_at\" timestamp with time zone) ";

    private record Migration(String id, String up) {
    }

    private static final List<Migration> MIGRATIONS = List.of(new Migration("custom_labels", CUSTOM_LABELS_UP),
            new Migration("init", INIT));

    private SqlMigrations() {
    }

    /** Applies the migrations not yet recorded. */
    static void ensure(Connection c, Clock clock) throws SQLException {
        Set<String> applied = appliedIds(c);
        if (MIGRATIONS.stream().allMatch(m -> applied.contains(m.id()))) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(RECORD_TABLE);
        }
        for (Migration m : MIGRATIONS) {
            if (!applied.contains(m.id())) {
                apply(c, m, clock);
            }
        }
    }

    private static void apply(Connection c, Migration m, Clock clock) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
                PreparedStatement rec = c.prepareStatement(
                        "insert into \"gorp_migrations\" (\"id\",\"applied_at\") values (?,?)")) {
            st.execute(m.up());
            rec.setString(1, m.id());
            rec.setTimestamp(2, Timestamp.from(clock.instant()));
            rec.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration failed: " + e.getMessage() + " handling " + m.id(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static Set<String> appliedIds(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        boolean auto = c.getAutoCommit();
        try (Statement st = c.createStatement()) {
            if (!auto) {
                c.setAutoCommit(true);
            }
            try (ResultSet rs = st.executeQuery("SELECT * FROM \"gorp_migrations\" ORDER BY \"id\" ASC")) {
                while (rs.next()) {
                    ids.add(rs.getString("id"));
                }
            }
        } catch (SQLException e) {
            // no record table yet: nothing applied
        } finally {
            c.setAutoCommit(auto);
        }
        return ids;
    }
}
