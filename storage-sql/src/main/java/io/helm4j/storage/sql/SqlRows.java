package io.helm4j.storage.sql;

import io.helm4j.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL driver's reads: release rows, and a release's custom labels as Helm looks them up. */
final class SqlRows {
    private static final List<String> SYSTEM_LABELS = List.of("name", "owner", "status", "version", "createdAt",
            "modifiedAt");

    private SqlRows() {
    }

    /** A {@code releases_v1} row as Helm's List and Query select it. */
    record Row(String key, String namespace, String body) {
    }

    static List<Row> select(Connection db, String sql, String... args) {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
        return rows;
    }

    /**
     * Helm's {@code getReleaseCustomLabels}: the labels stored for {@code key}, looked up in the
     * driver's namespace (not the row's, as Helm does), without the system labels.
     */
    static Map<String, String> customLabels(Connection db, String namespace, String key) {
        Map<String, String> labels = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT key, value FROM custom_labels_v1 WHERE releaseKey = ? AND releaseNamespace = ?")) {
            st.setString(1, key);
            st.setString(2, namespace);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    labels.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
        SYSTEM_LABELS.forEach(labels::remove);
        return labels;
    }
}
