package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.testutil.TestWorkspace;

/**
 * What an import leaves on record: a committed one its audit event (file, digest, counts) in the same
 * transaction as its version; one discarded neither; and a workspace whose name holds "#", "?" or "%"
 * (which SQLite and its driver read as URI syntax) is that very file, not one named before them.
 */
class ImportRecordTest {
    static final String HEADER = "部门名称,简称\n";

    @TempDir
    Path dir;

    @Test
    void aCommittedImport_isAuditedWithItsFileAndCounts_aDiscardedOneLeavesNothing() throws Exception {
        try (WorkspaceServices s = WorkspaceServices.open(dir.resolve("w.db"), TestWorkspace.CLOCK, () -> "王",
                new I18n(Locale.ENGLISH))) {
            Path file = dir.resolve("部门.csv");
            Files.writeString(file, HEADER + "兰州市市场监督管理局,兰州市监局\n兰州市应急管理局,兰州应急局\n", StandardCharsets.UTF_8);
            try (PendingImport pending = s.directory().previewImport(Register.DEPARTMENTS, file, "auto", Progress.NONE)) {
                pending.commit();
            }
            List<AuditEntry> imports = s.integrity().events(new AuditQuery(null, "import", null, null, null));
            assertEquals(1, imports.size(), "one import, one event");
            JsonNode payload = new ObjectMapper().readTree(imports.get(0).payload());
            assertEquals("departments", payload.get("register").asText());
            assertEquals("部门.csv", payload.get("file").asText());
            assertEquals(sha256(file), payload.get("sha256").asText());
            assertEquals(2, payload.get("added").asInt());
            assertEquals(2, payload.get("rows").asInt());

            // the next file: one short name changed, one gone (retired); previewed, then discarded
            Path next = dir.resolve("部门2.csv");
            Files.writeString(next, HEADER + "兰州市市场监督管理局,市场监管局\n", StandardCharsets.UTF_8);
            try (PendingImport pending = s.directory().previewImport(Register.DEPARTMENTS, next, "auto", Progress.NONE)) {
                assertEquals(1, pending.preview().changed());
                assertEquals(1, pending.preview().retired());
            }
            assertEquals(1, s.integrity().events(new AuditQuery(null, "import", null, null, null)).size(),
                    "a discarded import writes no event");
            assertEquals(2L, s.directory().counts().get(Register.DEPARTMENTS), "nor any record");
            assertTrue(s.integrity().verifyChain().intact());
        }
    }

    @Test
    void aWorkspaceNamedWithHashQuestionMarkOrPercent_isThatFile() throws Exception {
        for (String name : List.of("备份#2.db", "问?号.db", "百分之100%.db", "a%3F.db")) {
            Path folder = Files.createDirectories(dir.resolve("f" + Math.abs(name.hashCode())));
            Path file = folder.resolve(name);
            try (WorkspaceServices s = WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> "王", new I18n(Locale.ENGLISH))) {
                s.directory().createDemo(20, Progress.NONE);
            }
            try (WorkspaceServices s = WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> "王", new I18n(Locale.ENGLISH))) {
                assertEquals(20L, s.directory().counts().get(Register.SUBJECTS), name + " opened again");
                Path copy = folder.resolve("副本" + name);
                s.integrity().backup(copy, org.sortes.session.IntegrityService.Trigger.COMMAND);
                assertTrue(Files.size(copy) > 0, "the backup is written under its own name: " + name);
            }
            try (var files = Files.list(folder)) {
                Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
                Set<String> databases = names.stream().filter(n -> !n.endsWith(".lock") && !n.endsWith("-wal")
                        && !n.endsWith("-shm")).collect(Collectors.toSet());
                assertEquals(Set.of(name, "副本" + name), databases, "no file named before the # ? or %: " + names);
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
