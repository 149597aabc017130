package org.sortes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore killed midway leaves a copy as large as the backup; the next opening of its workspace removes it. */
class RestoreLeftoversTest {
    @TempDir
    Path dir;

    @Test
    void openingTheWorkspace_removesItsKilledRestoresCopy_andNothingElse() throws Exception {
        Path file = dir.resolve("w.db");
        Workspace.open(file).close();
        List<String> leftovers = List.of("w.db.restore-8312093.tmp", "w.db.restore-8312093.tmp-wal",
                "w.db.restore-8312093.tmp-shm", "w.db.restore-8312093.tmp.lock");
        List<String> others = List.of("other.db.restore-1.tmp", "w.db.restore-notes.tmp", "w.db.restore-1.tmp.bak",
                "w.db.backup-1.tmp");
        for (String name : leftovers) {
            Files.writeString(dir.resolve(name), "left by a killed restore");
        }
        for (String name : others) {
            Files.writeString(dir.resolve(name), "not ours");
        }
        try (Workspace ws = Workspace.open(file)) {
            for (String name : leftovers) {
                assertTrue(Files.notExists(dir.resolve(name)), name + " removed");
            }
            for (String name : others) {
                assertTrue(Files.exists(dir.resolve(name)), name + " kept");
            }
            assertTrue(Files.exists(file));
        }
        // the temporary copy a restore makes is named so
        try (Workspace ws = Workspace.open(file)) {
            assertEquals("w.db.restore-", Backups.copyPrefix(ws.file()));
        }
    }
}
