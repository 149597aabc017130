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
            // the copy inherits WAL mode; a backup is one self-contained file, which reading never adds to
            try (Connection c = DriverManager.getConnection(SqliteUrl.readWrite(partial)); Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
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
        check(file, false, file);
    }

    /**
     * As {@link #check(Path)}, and completely, as before a restore: the schema exactly as the
     * migrations build it at the file's own version (tables, columns, indexes, triggers, nothing else),
     * the audit chain whole, and every drawn session's stored result equal to the digest its draw event
     * recorded. Drawing the sessions again is the caller's part (it needs the services). Reads only.
     */
    public static void checkCompletely(Path file) {
        check(file, true, file);
    }

    private static void check(Path file, boolean completely, Path shownAs) {
        if (Files.isDirectory(file)) {
            throw new StoreException("backup.folder", file + " is a folder, not a backup file", null, file);
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException("backup.missing", file + " does not exist", null, file);
        }
        try (Connection c = DriverManager.getConnection(SqliteUrl.readOnly(file));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    throw new StoreException("backup.integrity", shownAs + " fails the integrity check: " + rs.getString(1),
                            null, shownAs, rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN"
                    + " ('directory_versions', 'draw_sessions', 'audit_events', 'flyway_schema_history')")) {
                rs.next();
                if (rs.getInt(1) < 4) {
                    throw new StoreException("backup.foreign", shownAs + " is not a Sortes workspace", null, shownAs);
                }
            }
            if (completely) {
                schemaAsMigrated(c, shownAs);
                auditIntact(c, shownAs);
                resultsAsDrawn(c, shownAs);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new StoreException("backup.notSqlite", shownAs + " is not a workspace (not an SQLite database)", e,
                        file);
            }
            throw new StoreException("backup.unreadable", shownAs + " is not a readable workspace: " + e.getMessage(), e,
                    file, e.getMessage());
        }
    }

    /**
     * Copies a backup, through SQLite and read-only, to a temporary file beside the workspace and
     * checks the copy completely ({@link #check(Path, Path)}): the backup itself is never opened for
     * writing, and what is checked is exactly what a restore will copy. The caller deletes the copy
     * with {@link #deleteCopy(Path)}.
     */
    public static Path checkedCopy(Workspace workspace, Path from) {
        if (Files.isDirectory(from)) {
            throw new StoreException("backup.folder", from + " is a folder, not a backup file", null, from);
        }
        if (!Files.isRegularFile(from)) {
            throw new StoreException("backup.missing", from + " does not exist", null, from);
        }
        Path copy;
        try {
            copy = Files.createTempFile(workspace.file().toAbsolutePath().getParent(), copyPrefix(workspace.file()),
                    ".tmp");
            Files.delete(copy); // SQLite's backup writes a new file
        } catch (java.io.IOException e) {
            throw new StoreException("restore.failed", "cannot make a temporary copy beside " + workspace.file() + ": "
                    + e.getMessage(), e, from, "");
        }
        try {
            try (Connection c = DriverManager.getConnection(SqliteUrl.readOnly(from)); Statement st = c.createStatement()) {
                st.executeUpdate("backup to " + quote(copy));
            } catch (SQLException e) {
                if (e.getErrorCode() == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code) {
                    throw new StoreException("backup.notSqlite", from + " is not a workspace (not an SQLite database)",
                            e, from);
                }
                throw new StoreException("backup.unreadable", from + " is not a readable workspace: " + e.getMessage(), e,
                        from, "");
            }
            check(copy, true, from);
            return copy;
        } catch (RuntimeException e) {
            deleteCopy(copy);
            throw e;
        }
    }

    /** Removes a temporary copy and whatever SQLite or a lock left beside it. */
    /** A restore's temporary copy is named after its workspace: "w.db.restore-123.tmp". */
    static String copyPrefix(Path workspaceFile) {
        return workspaceFile.getFileName() + ".restore-";
    }

    /**
     * Removes what a restore killed midway left beside the workspace (its temporary copy, as large as the
     * backup, and the copy's own log and lock). Called with the workspace locked, when no restore of it
     * can be running: a restore runs in the process that holds the workspace open.
     */
    static void removeLeftovers(Path workspaceFile) {
        Path folder = workspaceFile.toAbsolutePath().getParent();
        String prefix = copyPrefix(workspaceFile);
        if (folder == null) {
            return;
        }
        try (var entries = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path p : entries) {
                String rest = p.getFileName().toString().substring(prefix.length());
                if (rest.matches("[0-9]+\\.tmp(-wal|-shm|-journal|\\.lock)?")) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // what cannot be listed or removed stays; the workspace itself is not touched
        }
    }

    public static void deleteCopy(Path copy) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // a temporary copy left behind holds nothing the backup does not
            }
        }
    }

    /**
     * Replaces the workspace's content with a checked copy's (from {@link #checkedCopy}); shownAs is the
     * backup's own name, for messages. A copy whose page size differs from the workspace's (a backup made
     * before new workspaces used 16 KiB pages) is rewritten to the workspace's page size first: SQLite
     * cannot change the page size of a database in WAL mode, and the driver then reports success without
     * restoring anything. For the same reason the restore is checked afterwards: every table must hold as
     * many rows as the copy.
     */
    public static void restoreFromCopy(Workspace workspace, Path copy, Path shownAs) {
        try {
            int pageSize = pageSize(workspace.file());
            if (pageSize(copy) != pageSize) {
                try (Connection c = DriverManager.getConnection(SqliteUrl.readWrite(copy));
                     Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = DELETE");
                    st.execute("PRAGMA page_size = " + pageSize);
                    st.execute("VACUUM");
                }
            }
            java.util.Map<String, Long> expected = rowCounts(copy);
            try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("restore from " + quote(copy));
            }
            java.util.Map<String, Long> got = rowCounts(workspace.file());
            if (!got.equals(expected)) {
                throw new StoreException("restore.noEffect", "restore from " + shownAs + " did not take effect (the"
                        + " workspace's tables differ from the backup's); the workspace is unchanged or partly"
                        + " replaced: check it", null, shownAs);
            }
        } catch (SQLException e) {
            throw new StoreException("restore.failed", "restore from " + shownAs + " failed: " + e.getMessage(), e,
                    shownAs, "");
        }
    }

    /**
     * The backup's schema is exactly the one Sortes's migrations build at the backup's own version:
     * every table (with its columns), index and trigger, none changed, none missing, nothing else.
     */
    private static void schemaAsMigrated(Connection backup, Path file) throws SQLException {
        String version;
        try (Statement st = backup.createStatement()) {
            long newest = Workspace.newestMigration(st);
            version = newest < 0 ? null : String.valueOf(newest);
        }
        java.util.Map<String, String> built = version == null ? null : ReferenceSchema.at(version);
        if (built == null) {
            throw new StoreException("backup.version", file + " was made by a Sortes this one does not know (schema version "
                    + version + ")", null, file, String.valueOf(version));
        }
        java.util.Map<String, String> found = ReferenceSchema.objects(backup);
        for (java.util.Map.Entry<String, String> o : found.entrySet()) {
            String expected = built.get(o.getKey());
            if (expected == null) {
                throw new StoreException("backup.extraObject", file + " holds " + o.getKey() + ", which no Sortes"
                        + " workspace has", null, file, o.getKey());
            }
            if (!o.getValue().equals(expected)) {
                throw new StoreException(o.getValue().startsWith("trigger") ? "backup.changedTrigger" : "backup.changedSchema",
                        file + ": " + o.getKey() + " differs from the one Sortes builds", null, file, o.getKey());
            }
        }
        for (java.util.Map.Entry<String, String> o : built.entrySet()) {
            if (!found.containsKey(o.getKey())) {
                throw new StoreException(o.getValue().startsWith("trigger") ? "backup.missingTrigger" : "backup.missingObject",
                        file + " lacks " + o.getKey() + ", which Sortes builds", null, file, o.getKey());
            }
        }
    }

    private static void auditIntact(Connection backup, Path file) throws SQLException {
        org.sortes.audit.AuditLog.ChainStatus chain = org.sortes.audit.AuditLog.verify(backup);
        if (!chain.intact()) {
            throw new StoreException("backup.chain", file + ": the audit log is broken: " + chain.problem(), null, file,
                    chain.problem());
        }
    }

    /** Each session's stored targets hash to the "result" its draw event recorded (with the same rule). */
    private static void resultsAsDrawn(Connection backup, Path file) throws SQLException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<Long, String> recorded = new java.util.HashMap<>();
        try (Statement st = backup.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT session_id, payload FROM audit_events WHERE type = 'draw'")) {
            while (rs.next()) {
                try {
                    recorded.put(rs.getLong(1), json.readTree(rs.getString(2)).path("result").asText(""));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new StoreException("backup.chain", file + ": a draw event is not readable", e, file,
                            e.getOriginalMessage());
                }
            }
        }
        java.util.Map<Long, java.util.List<StoredTarget>> stored = new java.util.TreeMap<>();
        try (Statement st = backup.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT session_id, rank, subject_id, ticket, team FROM draw_targets ORDER BY session_id, rank")) {
            while (rs.next()) {
                stored.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new StoredTarget(rs.getInt(2),
                        rs.getString(3), 0, null, rs.getString(4), rs.getString(5), null, null, null));
            }
        }
        for (java.util.Map.Entry<Long, java.util.List<StoredTarget>> s : stored.entrySet()) {
            String hash = StoredTarget.resultDigest(s.getValue());
            String want = recorded.get(s.getKey());
            if (want != null && want.isEmpty()) {
                continue; // a draw recorded before its event carried the result's digest: nothing to compare
            }
            if (!hash.equals(want)) {
                throw new StoreException("backup.changedResult", file + ": the stored result of session " + s.getKey()
                        + " is not the one its draw recorded", null, file, s.getKey());
            }
        }
    }

    private static int pageSize(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection(SqliteUrl.readOnly(file));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The number of rows of every table: what a restore must have copied. */
    private static java.util.Map<String, Long> rowCounts(Path file) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(SqliteUrl.readOnly(file));
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
