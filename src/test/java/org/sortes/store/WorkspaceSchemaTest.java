package org.sortes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace at the newest schema opens without Flyway; an older one is still migrated. */
class WorkspaceSchemaTest {
    @TempDir
    Path dir;

    @Test
    void newestMigration_isTheNewestFileOfTheMigrations() throws Exception {
        Path folder = Path.of(getClass().getResource("/org/sortes/db/migration").toURI());
        int newest = 0;
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = version.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertEquals(newest, Workspace.NEWEST_MIGRATION, "a new migration must raise Workspace.NEWEST_MIGRATION");
    }

    @Test
    void anOlderWorkspace_isMigratedWhenOpened_andANewOneOpensAsBuilt() throws Exception {
        Path older = dir.resolve("older.db");
        Flyway.configure().dataSource(SqliteUrl.readWrite(older), null, null).locations(Workspace.MIGRATIONS)
                .target(String.valueOf(Workspace.NEWEST_MIGRATION - 1)).load().migrate();
        List<String> oneShort = schema(older);
        try (Workspace w = Workspace.open(older)) {
            assertTrue(!schema(w.file()).equals(oneShort), "the newest migration was applied on opening");
        }
        Path newest = dir.resolve("newest.db");
        Flyway.configure().dataSource(SqliteUrl.readWrite(newest), null, null).locations(Workspace.MIGRATIONS)
                .load().migrate();
        assertEquals(schema(newest), schema(older), "migrated on opening: the schema of a workspace built new");
        try (Workspace again = Workspace.open(older)) {
            assertEquals(schema(newest), schema(again.file()), "opened again: nothing to migrate");
        }
    }

    /** Every table, column and index, as SQLite holds their definitions. */
    private static List<String> schema(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(SqliteUrl.readOnly(file));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'flyway%'"
                     + " ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }
}
