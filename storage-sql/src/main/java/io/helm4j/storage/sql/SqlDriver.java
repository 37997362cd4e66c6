package io.helm4j.storage.sql;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.storage.Driver;
import io.helm4j.storage.ReleaseExistsException;
import io.helm4j.storage.ReleaseNotFoundException;
import io.helm4j.storage.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Helm's SQL driver ({@code HELM_DRIVER=sql}, PostgreSQL only): one row per revision in
 * {@code releases_v1} (key, type {@code helm.sh/release.v1}, body = the encoded release, name,
 * namespace, version, status, owner {@code helm}, createdAt, modifiedAt) and the release's own
 * labels in {@code custom_labels_v1}. As Helm's: it works in the namespace it was opened for, or
 * in every namespace when that is ""; a create or update switches it to the release's namespace;
 * {@code query} knows only the labels that are columns. Not thread-safe beyond its own calls,
 * which are synchronized on one JDBC connection; {@link #close} it when done.
 */
public final class SqlDriver implements Driver, AutoCloseable {
    private static final Set<String> LABEL_COLUMNS = Set.of("modifiedAt", "createdAt", "version", "status", "owner",
            "name");
    private static final List<String> SYSTEM_LABELS = List.of("name", "owner", "status", "version", "createdAt",
            "modifiedAt");

    private final Connection db;
    private final Clock clock;
    private String namespace;

    private SqlDriver(Connection db, String namespace, Clock clock) {
        this.db = db;
        this.namespace = namespace == null ? "" : namespace;
        this.clock = clock;
    }

    /** Connects (Helm's {@code NewSQL}), setting the schema up when it is not yet. */
    public static SqlDriver open(String connectionString, String namespace, Map<String, String> env, Clock clock) {
        PgConnectionString cs = PgConnectionString.parse(connectionString, env);
        try {
            Connection c = DriverManager.getConnection(cs.jdbcUrl(), cs.properties());
            SqlMigrations.ensure(c, clock);
            return new SqlDriver(c, namespace, clock);
        } catch (SQLException e) {
            throw new StorageException("unable to instantiate SQL driver: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "SQL";
    }

    /** The namespace later calls work in; "" lists and queries every namespace. */
    public synchronized void setNamespace(String ns) {
        this.namespace = ns == null ? "" : ns;
    }

    @Override
    public synchronized Release get(String key) {
        String body;
        try (PreparedStatement st = db.prepareStatement("SELECT body FROM releases_v1 WHERE key = ? AND namespace = ?")) {
            st.setString(1, key);
            st.setString(2, namespace);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new ReleaseNotFoundException();
                }
                body = rs.getString(1);
            }
        } catch (SQLException e) {
            throw new ReleaseNotFoundException();
        }
        return ReleaseCodec.decode(body).withLabels(SqlRows.customLabels(db, namespace, key));
    }

    @Override
    public synchronized List<Release> list(Predicate<Release> filter) {
        List<Release> out = new ArrayList<>();
        List<SqlRows.Row> rows = namespace.isEmpty()
                ? SqlRows.select(db, "SELECT key, namespace, body FROM releases_v1 WHERE owner = ?", "helm")
                : SqlRows.select(db, "SELECT key, namespace, body FROM releases_v1 WHERE owner = ? AND namespace = ?",
                        "helm", namespace);
        for (SqlRows.Row row : rows) {
            Release r = decodeOrNull(row.body());
            if (r == null) {
                continue;
            }
            Map<String, String> labels = new HashMap<>(SqlRows.customLabels(db, namespace, row.key()));
            labels.put("name", r.name());
            labels.put("owner", "helm");
            labels.put("status", r.status() == null ? "" : r.status().label());
            labels.put("version", Integer.toString(r.version()));
            r = r.withLabels(labels);
            if (filter.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized List<Release> query(Map<String, String> labels) {
        StringBuilder sql = new StringBuilder("SELECT key, namespace, body FROM releases_v1");
        List<String> args = new ArrayList<>();
        String sep = " WHERE ";
        for (Map.Entry<String, String> l : new TreeMap<>(labels).entrySet()) {
            if (!LABEL_COLUMNS.contains(l.getKey())) {
                throw new StorageException("unknown label " + l.getKey());
            }
            sql.append(sep).append(l.getKey()).append(" = ?");
            args.add(l.getValue());
            sep = " AND ";
        }
        if (!namespace.isEmpty()) {
            sql.append(sep).append("namespace = ?");
            args.add(namespace);
        }
        List<Release> out = new ArrayList<>();
        for (SqlRows.Row row : SqlRows.select(db, sql.toString(), args.toArray(String[]::new))) {
            Release r = decodeOrNull(row.body());
            if (r != null) {
                out.add(r.withLabels(SqlRows.customLabels(db, namespace, row.key())));
            }
        }
        if (out.isEmpty()) {
            throw new ReleaseNotFoundException();
        }
        return out;
    }

    @Override
    public synchronized void create(String key, Release release) {
        String ns = release.namespace().isEmpty() ? "default" : release.namespace();
        namespace = ns;
        String body = ReleaseCodec.encode(release);
        try {
            db.setAutoCommit(false);
            try (PreparedStatement st = db.prepareStatement("INSERT INTO releases_v1 (key,type,body,name,namespace,"
                    + "version,status,owner,createdAt) VALUES (?,?,?,?,?,?,?,?,?)")) {
                st.setString(1, key);
                st.setString(2, "helm.sh/release.v1");
                st.setString(3, body);
                st.setString(4, release.name());
                st.setString(5, ns);
                st.setInt(6, release.version());
                st.setString(7, statusLabel(release));
                st.setString(8, "helm");
                st.setInt(9, (int) clock.instant().getEpochSecond());
                st.executeUpdate();
            }
            try (PreparedStatement st = db.prepareStatement("INSERT INTO custom_labels_v1 (releaseKey,releaseNamespace,"
                    + "key,value) VALUES (?,?,?,?)")) {
                for (Map.Entry<String, String> l : release.labels().entrySet()) {
                    if (!SYSTEM_LABELS.contains(l.getKey())) {
                        st.setString(1, key);
                        st.setString(2, ns);
                        st.setString(3, l.getKey());
                        st.setString(4, l.getValue());
                        st.executeUpdate();
                    }
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            // Helm means to answer ErrReleaseExists here, but its check runs inside the aborted transaction
            // and so returns PostgreSQL's duplicate-key error instead; the typed error is what callers test for.
            if ("23505".equals(e.getSQLState())) {
                throw new ReleaseExistsException();
            }
            throw new StorageException(e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized void update(String key, Release release) {
        String ns = release.namespace().isEmpty() ? "default" : release.namespace();
        namespace = ns;
        String body = ReleaseCodec.encode(release);
        try (PreparedStatement st = db.prepareStatement("UPDATE releases_v1 SET body = ?, name = ?, version = ?, "
                + "status = ?, owner = ?, modifiedAt = ? WHERE key = ? AND namespace = ?")) {
            st.setString(1, body);
            st.setString(2, release.name());
            st.setInt(3, release.version());
            st.setString(4, statusLabel(release));
            st.setString(5, "helm");
            st.setInt(6, (int) clock.instant().getEpochSecond());
            st.setString(7, key);
            st.setString(8, ns);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized Release delete(String key) {
        try {
            db.setAutoCommit(false);
            String body;
            try (PreparedStatement st = db.prepareStatement(
                    "SELECT body FROM releases_v1 WHERE key = ? AND namespace = ?")) {
                st.setString(1, key);
                st.setString(2, namespace);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new ReleaseNotFoundException();
                    }
                    body = rs.getString(1);
                }
            }
            Release r = ReleaseCodec.decode(body);
            Map<String, String> labels = SqlRows.customLabels(db, namespace, key);
            for (String table : List.of("DELETE FROM releases_v1 WHERE key = ? AND namespace = ?",
                    "DELETE FROM custom_labels_v1 WHERE releaseKey = ? AND releaseNamespace = ?")) {
                try (PreparedStatement st = db.prepareStatement(table)) {
                    st.setString(1, key);
                    st.setString(2, namespace);
                    st.executeUpdate();
                }
            }
            db.commit();
            return r.withLabels(labels);
        } catch (SQLException e) {
            rollback();
            throw new StorageException(e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private static Release decodeOrNull(String body) {
        try {
            return ReleaseCodec.decode(body);
        } catch (RuntimeException e) {
            return null; // Helm logs "failed to decode release" and goes on
        }
    }

    private static String statusLabel(Release r) {
        if (r.status() == null) {
            throw new StorageException("release \"" + r.name() + "\" has no status");
        }
        return r.status().label();
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction with it
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // see rollback
        }
    }
}
