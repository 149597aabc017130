package org.sortes.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Online backup and restore through SQLite's backup API (consistent even while the workspace is in use). */
public final class Backups {
    private Backups() {
    }

    /** Copies the workspace to target (a new file) while it stays open. */
    public static void backup(Workspace workspace, Path target) {
        if (Files.exists(target)) {
            throw new StoreException("backup.exists", "backup target " + target + " exists already; choose a new file",
                    null, target);
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("folder", "cannot create " + target.getParent() + ": " + e.getMessage(), e,
                    target.getParent(), e.getMessage());
        }
        // written under a temporary name and renamed when whole: a kill leaves no half backup under the name
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
                Files.deleteIfExists(partial);
                st.executeUpdate("backup to " + quote(partial.toAbsolutePath()));
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("backup.failed", "backup to " + target + " failed: " + e.getMessage(), e, target,
                    e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (java.io.IOException ignored) {
                // nothing is promised under the temporary name
            }
        }
    }

    /** Checks that a file is a readable SQLite database that passes integrity_check and has Sortes tables. */
    public static void check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("backup.missing", file + " does not exist", null, file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    throw new StoreException("backup.integrity", file + " fails the integrity check: " + rs.getString(1),
                            null, file, rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN"
                    + " ('directory_versions', 'draw_sessions', 'audit_events', 'flyway_schema_history')")) {
                rs.next();
                if (rs.getInt(1) < 4) {
                    throw new StoreException("backup.foreign", file + " is not a Sortes workspace", null, file);
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new StoreException("backup.notSqlite", file + " is not a workspace (not an SQLite database)", e,
                        file);
            }
            throw new StoreException("backup.unreadable", file + " is not a readable workspace: " + e.getMessage(), e,
                    file, e.getMessage());
        }
    }

    /**
     * Replaces the (open, locked by this process) workspace's content with a backup's. The backup is
     * checked first; nothing is changed if it fails. A backup whose page size differs from the
     * workspace's (one made before new workspaces used 16 KiB pages) is first rewritten, in a
     * temporary copy, to the workspace's page size: SQLite cannot change the page size of a database
     * in WAL mode, and the driver then reports success without restoring anything. For the same
     * reason the restore is checked afterwards: every table must hold as many rows as in the backup.
     */
    public static void restore(Workspace workspace, Path from) {
        check(from);
        Path source = from.toAbsolutePath();
        Path converted = null;
        try {
            int pageSize = pageSize(workspace.file());
            if (pageSize(source) != pageSize) {
                converted = Files.createTempFile(workspace.file().toAbsolutePath().getParent(), "restore-", ".tmp");
                // copied through SQLite, not byte by byte: a backup with a -wal file beside it keeps its last writes
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + source + "?mode=ro");
                     Statement st = c.createStatement()) {
                    st.executeUpdate("backup to " + quote(converted));
                }
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + converted);
                     Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = DELETE");
                    st.execute("PRAGMA page_size = " + pageSize);
                    st.execute("VACUUM");
                }
                source = converted;
            }
            java.util.Map<String, Long> expected = rowCounts(from.toAbsolutePath());
            try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("restore from " + quote(source));
            }
            java.util.Map<String, Long> got = rowCounts(workspace.file());
            if (!got.equals(expected)) {
                throw new StoreException("restore.noEffect", "restore from " + from + " did not take effect (the"
                        + " workspace's tables differ from the backup's); the workspace is unchanged or partly"
                        + " replaced: check it", null, from);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("restore.failed", "restore from " + from + " failed: " + e.getMessage(), e, from,
                    e.getMessage());
        } finally {
            if (converted != null) {
                try {
                    Files.deleteIfExists(converted);
                } catch (java.io.IOException ignored) {
                    // a temporary copy left behind holds nothing the backup does not
                }
            }
        }
    }

    private static int pageSize(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The number of rows of every table: what a restore must have copied. */
    private static java.util.Map<String, Long> rowCounts(Path file) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** PRAGMA integrity_check of the workspace itself. */
    public static String integrity(Workspace workspace) {
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException("integrity check failed: " + e.getMessage(), e);
        }
    }

    private static String quote(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
