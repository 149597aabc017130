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
        assertTrue(!departmentColumns(older).contains("contact"), "built one migration short");
        try (Workspace w = Workspace.open(older)) {
            assertTrue(departmentColumns(w.file()).contains("contact"), "the newest migration was applied on opening");
        }
        try (Workspace again = Workspace.open(older)) {
            assertEquals(departmentColumns(older), departmentColumns(again.file()), "opened again: nothing to migrate");
        }
    }

    private static List<String> departmentColumns(Path file) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(SqliteUrl.readOnly(file));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(departments)")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }
}
