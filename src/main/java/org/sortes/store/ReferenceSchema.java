package org.sortes.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;

/**
 * The schema Sortes's own migrations build, up to a given version: what a backup made by that
 * version must hold exactly (tables with their columns, indexes, triggers; nothing else). Built in
 * a temporary file, once per version asked for.
 */
final class ReferenceSchema {
    private static final Map<String, Map<String, String>> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    private ReferenceSchema() {
    }

    /**
     * Objects by name ("type TAB sql", white space normalised, SQLite's own left out) that the migrations
     * build up to version; null when this build has no migration of that version (a newer Sortes's).
     */
    static Map<String, String> at(String version) throws SQLException {
        Map<String, String> known = BUILT.get(version);
        if (known != null) {
            return known;
        }
        Path file = null;
        try {
            file = Files.createTempFile("sortes-schema-", ".db");
            org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
            ds.setUrl(SqliteUrl.readWrite(file));
            Flyway.configure().dataSource(ds).locations(Workspace.MIGRATIONS)
                    .target(version).loggers("slf4j").load().migrate();
            try (Connection c = DriverManager.getConnection(SqliteUrl.readOnly(file));
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version = '"
                         + version.replace("'", "") + "'")) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    return null;
                }
                Map<String, String> objects = objects(c);
                BUILT.put(version, objects);
                return objects;
            }
        } catch (org.flywaydb.core.api.FlywayException e) {
            return null; // no migration of that version here
        } catch (java.io.IOException e) {
            throw new SQLException("cannot build the reference schema: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary schema left behind holds no data
                }
            }
        }
    }

    static Map<String, String> objects(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT type, name, sql FROM"
                + " sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                String sql = rs.getString(3) == null ? "" : rs.getString(3).replaceAll("\\s+", " ").strip();
                out.put(rs.getString(2), rs.getString(1) + "\t" + sql);
            }
        }
        return out;
    }
}
