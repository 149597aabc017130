package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.store.StoreException;
import org.sortes.store.WorkspaceLockedException;
import org.sortes.testutil.TestWorkspace;

class IntegrityTest {
    @TempDir
    Path dir;

    /** A copy of the demo workspace at db (built once per run). */
    private static WorkspaceServices demo(Path db) {
        return org.sortes.testutil.Sessions.demoWorkspace(db, "抽签员");
    }

    private WorkspaceServices open(Path db) {
        return WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "抽签员", new I18n(Locale.ENGLISH));
    }

    /** A demo workspace with one locked session; returns its secret. */
    private String lockedSession(WorkspaceServices s) throws Exception {
        DrawService draw = s.draw();
        var c = org.sortes.testutil.Sessions.committed(draw, Files.readString(DrawSessionTest.DEMO_PLAN));
        long id = c.id();
        String secret = c.secret();
        draw.reveal(id, secret);
        draw.draw(id);
        draw.lock(id);
        return secret;
    }

    private static void raw(Path db, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    @Test
    void everyStage_isAnEvent_chainIntact_secretOnlyFromReveal() throws Exception {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices s = demo(db)) {
            String secret = lockedSession(s);
            List<AuditEntry> events = s.integrity().events(AuditQuery.all());
            assertEquals(List.of("demo", "plan.create", "freeze", "commit", "entropy", "beacon", "reveal", "draw", "lock", "backup"),
                    events.stream().map(AuditEntry::type).toList());
            int reveal = events.stream().map(AuditEntry::type).toList().indexOf("reveal");
            for (int i = 0; i < reveal; i++) {
                assertFalse(events.get(i).payload().contains(secret), "secret in event " + events.get(i).type());
            }
            assertTrue(s.integrity().verifyChain().intact());
            assertEquals(events.get(8).hash(), s.draw().session(1).auditHead().hex(), "chain head stored at lock");
            assertEquals("ok", s.integrity().integrity());
            try (var backups = Files.list(db.resolveSibling("backups"))) {
                assertEquals(1, backups.count(), "automatic backup after the lock");
            }
        }
    }

    @Test
    void chain_detectsChangedDeletedInsertedReorderedEvent() throws Exception {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices s = demo(db)) {
            lockedSession(s);
        }
        String[] dropTriggers = {"DROP TRIGGER audit_events_no_update", "DROP TRIGGER audit_events_no_delete"};
        String[][] attacks = {
            {"UPDATE audit_events SET payload = replace(payload, '3141', '3142') WHERE type = 'entropy'"},
            {"DELETE FROM audit_events WHERE seq = 4"},
            {"UPDATE audit_events SET seq = seq + 100 WHERE seq >= 5", "INSERT INTO audit_events SELECT 5, at, actor,"
                    + " 'entropy', session_id, payload, (SELECT hash FROM audit_events WHERE seq = 4), hash"
                    + " FROM audit_events WHERE seq = 105", "UPDATE audit_events SET seq = seq - 99 WHERE seq >= 105"},
            {"UPDATE audit_events SET seq = 1000 WHERE seq = 5", "UPDATE audit_events SET seq = 5 WHERE seq = 6",
                "UPDATE audit_events SET seq = 6 WHERE seq = 1000"},
        };
        for (String[] attack : attacks) {
            Path copy = dir.resolve("attack-" + attack.length + "-" + attack[0].length() + ".db");
            Files.copy(db, copy);
            raw(copy, dropTriggers);
            raw(copy, attack);
            try (WorkspaceServices s = open(copy)) {
                ChainCheck status = s.integrity().verifyChain();
                assertFalse(status.intact(), attack[0]);
                assertTrue(status.firstBroken() >= 4 && status.firstBroken() <= 6, status.problem());
            }
        }
    }

    @Test
    void auditLog_refusesOrdinaryUpdateAndDelete() throws Exception {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices s = demo(db)) {
        }
        assertThrows(java.sql.SQLException.class, () -> raw(db, "DELETE FROM audit_events"));
        assertThrows(java.sql.SQLException.class, () -> raw(db, "UPDATE audit_events SET actor = 'x'"));
    }

    @Test
    void secondInstance_refusedWithClearMessage() {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices first = open(db)) {
            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class, () -> open(db));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        try (WorkspaceServices again = open(db)) {
            assertEquals(0, again.directory().counts().get(Register.SUBJECTS));
        }
    }

    @Test
    void oneWriter_whateverTheName_symlinkSharesTheLock_hardLinkRefused() throws Exception {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices s = demo(db)) {
        }
        Path sub = Files.createDirectories(dir.resolve("other"));
        Path symlink = Files.createSymbolicLink(sub.resolve("alias.db"), db);
        try (WorkspaceServices first = open(db)) {
            assertThrows(WorkspaceLockedException.class, () -> open(symlink), "a symbolic link is the same workspace");
        }
        try (WorkspaceServices first = open(symlink)) {
            assertThrows(WorkspaceLockedException.class, () -> open(db));
            assertEquals(db.toRealPath(), first.file(), "opened by its real name, so one log and one lock");
        }
        // a new workspace created through a linked folder is locked where its real folder's name says
        Path realFolder = Files.createDirectories(dir.resolve("real"));
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), realFolder);
        try (WorkspaceServices created = open(linkedFolder.resolve("new.db"))) {
            assertThrows(WorkspaceLockedException.class, () -> open(realFolder.resolve("new.db")));
        }
        Path hard = Files.createLink(sub.resolve("hard.db"), db);
        for (Path name : List.of(db, hard)) {
            StoreException e = assertThrows(StoreException.class, () -> open(name));
            assertEquals("error.workspace.hardLinked", e.messageKey(), e.getMessage());
            assertTrue(org.sortes.i18n.I18n.forLanguage("zh").explain(e).contains("2 个硬链接"));
        }
        Files.delete(hard);
        try (WorkspaceServices again = open(db)) {
            assertEquals(8, again.directory().counts().get(Register.ITEMS), "usable again by its one name");
        }
    }

    @Test
    void oneWriter_renamedOrMovedWhileOpen_theFileKeepsItsOneWriter_andTheFirstWritesNowhereElse() throws Exception {
        Path db = dir.resolve("w.db");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        try (WorkspaceServices s = demo(db)) {
        }
        try (WorkspaceServices first = open(db)) {
            Path renamed = Files.move(db, dir.resolve("renamed.db"));
            assertThrows(WorkspaceLockedException.class, () -> open(renamed), "renamed, it is still the open file");
            Path moved = Files.move(renamed, elsewhere.resolve("moved.db"));
            assertThrows(WorkspaceLockedException.class, () -> open(moved), "moved to another folder, still the same");
            StoreException e = assertThrows(StoreException.class, () -> first.directory().retire(Register.ITEMS, "SJ-001"));
            assertEquals("error.workspace.moved", e.messageKey(), e.getMessage());
            assertFalse(Files.exists(db), "no new empty workspace appears under the old name");
            Files.move(moved, db);
        }
        try (WorkspaceServices again = open(db)) {
            assertEquals(8, again.directory().counts().get(Register.ITEMS), "nothing was written while it was away");
        }
    }

    @Test
    void backupAndRestore_roundTrip() throws Exception {
        Path db = dir.resolve("w.db");
        Path backup = dir.resolve("backup.db");
        try (WorkspaceServices s = demo(db)) {
            s.integrity().backup(backup, org.sortes.session.IntegrityService.Trigger.COMMAND);
            assertThrows(StoreException.class, () -> s.integrity().backup(backup, org.sortes.session.IntegrityService.Trigger.COMMAND));
            s.directory().retire(Register.ITEMS, "SJ-001");
            assertEquals(7, s.directory().counts().get(Register.ITEMS));
            Path notAWorkspace = Files.writeString(dir.resolve("junk.db"), "not sqlite at all");
            assertThrows(StoreException.class, () -> s.integrity().restore(notAWorkspace));
            assertEquals(7, s.directory().counts().get(Register.ITEMS), "a refused restore changes nothing");
            s.integrity().restore(backup);
            assertEquals(8, s.directory().counts().get(Register.ITEMS));
            assertTrue(s.integrity().verifyChain().intact());
            List<String> types = s.integrity().events(AuditQuery.all()).stream().map(AuditEntry::type).toList();
            assertEquals("restore", types.get(types.size() - 1));
        }
    }

    @Test
    void pageSizes_newWorkspacesUse16KiB_andBackupsOfEitherSizeRestore() throws Exception {
        Path db = dir.resolve("w.db");
        Path backup = dir.resolve("backup.db");
        try (WorkspaceServices s = demo(db)) {
            s.integrity().backup(backup, org.sortes.session.IntegrityService.Trigger.COMMAND);
        }
        assertEquals(16_384, pageSize(db));
        // a workspace made before 16 KiB pages: the same content with SQLite's default 4 KiB
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = 4096");
            st.execute("VACUUM");
        }
        assertEquals(4_096, pageSize(backup));
        try (WorkspaceServices s = open(db)) {
            s.directory().retire(Register.ITEMS, "SJ-001");
            s.integrity().restore(backup);
            assertEquals(8, s.directory().counts().get(Register.ITEMS));
            assertEquals("ok", s.integrity().integrity());
            assertTrue(s.integrity().verifyChain().intact());
        }
        try (WorkspaceServices old = open(backup)) {
            assertEquals(8, old.directory().counts().get(Register.ITEMS), "an older workspace opens as it is");
        }
        assertEquals(4_096, pageSize(backup));
    }

    private static int pageSize(Path db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void foreignFiles_refusedAndLeftUntouched() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database");
        assertThrows(StoreException.class, () -> open(text));
        assertEquals("not a database", Files.readString(text));
        Path other = dir.resolve("other.db");
        raw(other, "CREATE TABLE t (x)");
        StoreException e = assertThrows(StoreException.class, () -> open(other));
        assertTrue(e.getMessage().contains("not a Sortes workspace"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "no Sortes table was written into it");
        }
        try (WorkspaceServices s = open(dir.resolve("new.db"))) {
            assertEquals("ok", s.integrity().integrity()); // a new or empty file becomes a workspace
        }
    }

    @Test
    void fileErrors_saidInTheUsersLanguage_andTheSameInEnglish() throws Exception {
        org.sortes.i18n.I18n english = new org.sortes.i18n.I18n(java.util.Locale.ENGLISH);
        org.sortes.i18n.I18n chinese = new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE);
        Path db = dir.resolve("w.db");
        Path backup = dir.resolve("b.db");
        Path junk = Files.writeString(dir.resolve("junk.db"), "not sqlite at all");
        List<StoreException> errors = new java.util.ArrayList<>();
        try (WorkspaceServices s = open(db)) {
            s.integrity().backup(backup, org.sortes.session.IntegrityService.Trigger.COMMAND);
            errors.add(assertThrows(StoreException.class, () -> s.integrity().backup(backup, org.sortes.session.IntegrityService.Trigger.COMMAND)));
            errors.add(assertThrows(StoreException.class, () -> s.integrity().restore(dir.resolve("none.db"))));
            errors.add(assertThrows(StoreException.class, () -> s.integrity().restore(junk)));
        }
        errors.add(assertThrows(StoreException.class, () -> open(junk)));
        for (StoreException e : errors) {
            assertTrue(english.has(e.messageKey()) && chinese.has(e.messageKey()), e.messageKey());
            String said = chinese.explain(e);
            assertFalse(said.equals(e.getMessage()) || said.contains("{"), said);
        }
        assertEquals(errors.get(0).getMessage(), english.explain(errors.get(0)));
        assertTrue(chinese.explain(errors.get(0)).contains("已存在"), chinese.explain(errors.get(0)));
    }

    @Test
    void hostileBackups_refusedBeforeAnythingIsReplaced() throws Exception {
        Path db = dir.resolve("w.db");
        Path good = dir.resolve("good.db");
        try (WorkspaceServices s = demo(db)) {
            lockedSession(s);
            s.integrity().backup(good, org.sortes.session.IntegrityService.Trigger.COMMAND);
        }
        java.util.Map<String, List<String>> attacks = new java.util.LinkedHashMap<>();
        attacks.put("error.backup.extraObject", List.of("CREATE TRIGGER rewrite AFTER INSERT ON audit_events BEGIN"
                + " UPDATE draw_targets SET subject_id = 'X' WHERE rank = 1; END"));
        attacks.put("error.backup.missingTrigger", List.of("DROP TRIGGER audit_events_no_update"));
        attacks.put("error.backup.changedResult", List.of(
                "UPDATE draw_targets SET subject_id = '916201000000000000' WHERE rank = 1"));
        attacks.put("error.backup.chain", List.of("DROP TRIGGER audit_events_no_update",
                "DROP TRIGGER audit_events_no_delete", "DELETE FROM audit_events WHERE seq = 2"));
        attacks.put("error.backup.changedSchema", List.of("ALTER TABLE draw_targets ADD COLUMN note TEXT"));
        attacks.put("error.backup.missingObject", List.of("DROP INDEX audit_events_session"));
        attacks.put("error.backup.version", List.of("UPDATE flyway_schema_history SET version = '99'"
                + " WHERE version = (SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history)"));
        int n = 0;
        for (java.util.Map.Entry<String, List<String>> attack : attacks.entrySet()) {
            Path hostile = dir.resolve("hostile-" + (n++) + ".db");
            Files.copy(good, hostile);
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + hostile); var st = c.createStatement()) {
                for (String sql : attack.getValue()) {
                    st.execute(sql);
                }
            }
            if (attack.getKey().equals("error.backup.chain")) {
                // the chain is cut, but the append-only triggers are put back so that only the chain tells
                try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + hostile);
                     var st = c.createStatement();
                     var live = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
                     var q = live.createStatement();
                     var rs = q.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'")) {
                    while (rs.next()) {
                        st.execute(rs.getString(1));
                    }
                }
            }
            try (WorkspaceServices s = open(db)) {
                long before = s.integrity().events(AuditQuery.all()).size();
                StoreException e = assertThrows(StoreException.class, () -> s.integrity().restore(hostile),
                        attack.getKey());
                assertEquals(attack.getKey(), e.messageKey(), e.getMessage());
                assertEquals(before, s.integrity().events(AuditQuery.all()).size(), "the workspace is untouched");
                assertTrue(s.integrity().verifyChain().intact());
            }
        }
        // a file with only the expected table names: refused before anything is replaced
        Path names = dir.resolve("names-only.db");
        raw(names, "CREATE TABLE directory_versions (x)", "CREATE TABLE draw_sessions (x)", "CREATE TABLE audit_events (x)",
                "CREATE TABLE flyway_schema_history (version TEXT, success INTEGER)",
                "INSERT INTO flyway_schema_history VALUES ('11', 1)");
        try (WorkspaceServices s = open(db)) {
            StoreException e = assertThrows(StoreException.class, () -> s.integrity().restore(names));
            assertEquals("error.backup.changedSchema", e.messageKey(), e.getMessage());
            assertTrue(s.integrity().verifyChain().intact(), "every command still works");
        }
        try (WorkspaceServices s = open(db)) {
            s.integrity().restore(good); // the untouched backup still restores
            assertTrue(s.integrity().verifyChain().intact());
        }
    }

    /**
     * A forger who knows every rule but the draw: two drawn subjects swapped, the draw event's result
     * digest recomputed and the whole unkeyed audit chain rebuilt, triggers put back. Only drawing the
     * session again from its frozen lists and seed tells; the restore must refuse, naming the session.
     */
    @Test
    void forgedResultWithRebuiltChain_refusedByDrawingAgain() throws Exception {
        Path db = dir.resolve("w.db");
        Path good = dir.resolve("good.db");
        long session;
        try (WorkspaceServices s = demo(db)) {
            lockedSession(s);
            session = s.draw().sessions().get(0).id();
            s.integrity().backup(good, org.sortes.session.IntegrityService.Trigger.COMMAND);
        }
        Path forged = dir.resolve("forged #2?.db");
        Path work = dir.resolve("forged-work.db"); // edited under a plain name, then copied to the hostile one
        Files.copy(good, work);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + work); var st = c.createStatement()) {
            java.util.Map<String, String> triggers = new java.util.LinkedHashMap<>();
            try (var rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    triggers.put(rs.getString(1), rs.getString(2));
                }
            }
            for (String name : triggers.keySet()) {
                st.execute("DROP TRIGGER " + name);
            }
            // ranks 1, 2 and 3 rotate their subjects: the same firms are inspected, in another order of the draw
            List<String> subjects = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT subject_id FROM draw_targets WHERE session_id = " + session
                    + " AND rank <= 3 ORDER BY rank")) {
                while (rs.next()) {
                    subjects.add(rs.getString(1));
                }
            }
            for (int rank = 1; rank <= 3; rank++) {
                st.execute("UPDATE draw_targets SET subject_id = 'moving" + rank + "' WHERE session_id = " + session
                        + " AND rank = " + rank);
            }
            for (int rank = 1; rank <= 3; rank++) {
                st.execute("UPDATE draw_targets SET subject_id = '" + subjects.get((rank + 1) % 3) + "' WHERE session_id = "
                        + session + " AND rank = " + rank);
            }
            List<org.sortes.store.StoredTarget> targets = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT rank, subject_id, ticket, team FROM draw_targets WHERE session_id = "
                    + session + " ORDER BY rank")) {
                while (rs.next()) {
                    targets.add(new org.sortes.store.StoredTarget(rs.getInt(1), rs.getString(2), 0, null, rs.getString(3),
                            rs.getString(4), null, null, null));
                }
            }
            String result = org.sortes.store.StoredTarget.resultDigest(targets);
            // the draw event gets the forged result's digest, and every hash from there on is rebuilt
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            String prev = null;
            List<Object[]> events = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT seq, at, actor, type, session_id, payload, prev_hash FROM audit_events"
                    + " ORDER BY seq")) {
                while (rs.next()) {
                    Long sid = rs.getObject(5) == null ? null : rs.getLong(5);
                    events.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), sid,
                            rs.getString(6), rs.getString(7)});
                }
            }
            for (Object[] e : events) {
                String payload = (String) e[5];
                if ("draw".equals(e[3])) {
                    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(payload);
                    tree.put("result", result);
                    payload = mapper.writeValueAsString(tree);
                }
                String prevHash = prev == null ? (String) e[6] : prev;
                String hash = org.sortes.audit.AuditEvent.hashOf((Long) e[0], (String) e[1], (String) e[2], (String) e[3],
                        (Long) e[4], payload, prevHash);
                try (var ps = c.prepareStatement("UPDATE audit_events SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                    ps.setString(1, payload);
                    ps.setString(2, prevHash);
                    ps.setString(3, hash);
                    ps.setLong(4, (Long) e[0]);
                    ps.executeUpdate();
                }
                prev = hash;
            }
            for (String sql : triggers.values()) {
                st.execute(sql);
            }
        }
        Files.copy(work, forged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (WorkspaceServices s = open(db)) {
            // every earlier check passes on the forgery: schema, integrity, chain, recorded result digest
            org.sortes.store.Backups.checkCompletely(forged);
            long before = s.integrity().events(AuditQuery.all()).size();
            StoreException e = assertThrows(StoreException.class, () -> s.integrity().restore(forged));
            assertEquals("error.backup.redraw", e.messageKey(), e.getMessage());
            String zh = org.sortes.i18n.I18n.forLanguage("zh").explain(e);
            assertTrue(zh.contains("#" + session) && zh.contains("target 1"), zh); // the detail is in the services' language (English here)
            assertEquals(before, s.integrity().events(AuditQuery.all()).size(), "the workspace is untouched");
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("restore-")), "no copy left");
            }
            s.integrity().restore(good); // a name with '#' and '?' is no obstacle, and the good backup restores
            assertTrue(s.integrity().verifyChain().intact());
        }
    }

}
