package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.DirectoryVersion;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.testutil.Csv;

/**
 * Hundreds of mutated CSV, XLSX and JSON files fed to the importers, the plan reader and the
 * verifier: each must end in a clear error or a correct result, never an uncaught exception, and
 * never change the workspace.
 */
class FuzzTest {
    static final int CSV_MUTANTS = 300;
    static final int XLSX_MUTANTS = 150;
    static final int PROOF_MUTANTS = 200;
    static final int PLAN_MUTANTS = 150;

    @TempDir
    static Path dir;
    static WorkspaceServices services;
    /**
     * Where the mutated files are imported: a workspace holding the seed file's subjects, so that a
     * mutant changes, adds or retires some of them. (Against the 3,000-subject demo every preview
     * staged the retirement of 2,960 subjects and rolled it back: 30-40 ms each, a fifth of the suite.)
     */
    static WorkspaceServices imports;
    static byte[] csv;
    static byte[] xlsx;
    static byte[] proof;
    static String plan;

    @BeforeAll
    static void setUp() throws Exception {
        services = org.sortes.testutil.Sessions.demoWorkspace(dir.resolve("w.db"), "fuzz");
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER + ",住所");
        for (int i = 0; i < 40; i++) {
            lines.add(Csv.subject(i, "\"模糊\"\"测试\"\"公司" + i + "\"") + ",\"甘肃省兰州市, 城关区" + i + "号\"");
        }
        csv = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet();
            String[] header = Csv.SUBJECT_HEADER.split(",");
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 30; r++) {
                String[] cells = Csv.subject(r, "表格公司" + r).split(",");
                var row = sheet.createRow(r);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            wb.write(out);
        }
        xlsx = out.toByteArray();
        imports = WorkspaceServices.open(dir.resolve("imports.db"), org.sortes.testutil.TestWorkspace.CLOCK,
                () -> "fuzz", new I18n(Locale.ENGLISH));
        Path seed = dir.resolve("seed.csv");
        Files.write(seed, csv);
        try (PendingImport pending = imports.directory().previewImport(Register.SUBJECTS, seed, "auto", Progress.NONE)) {
            assertTrue(pending.preview().canCommit(), "the seed file imports");
            pending.commit();
        }
        assertEquals(40L, (long) imports.directory().counts().get(Register.SUBJECTS));
        plan = Files.readString(DrawSessionTest.DEMO_PLAN);
        DrawService draw = services.draw();
        var c = org.sortes.testutil.Sessions.committed(draw, plan);
        long id = c.id();
        draw.reveal(id, c.secret());
        draw.draw(id);
        Path p = dir.resolve("proof.json");
        ProofJson.write(ProofJson.mapper(), draw.proof(id), p, false);
        proof = Files.readAllBytes(p);
    }

    @AfterAll
    static void tearDown() {
        services.close();
        imports.close();
    }

    /** One random mutation: flip, insert, delete, truncate, duplicate a range or splice hostile bytes. */
    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int op = r.nextInt(7);
        int at = r.nextInt(Math.max(1, b.length));
        switch (op) {
            case 0 -> {
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    int i = r.nextInt(b.length);
                    b[i] = (byte) (b[i] ^ (1 << r.nextInt(8)));
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(b, at);
            }
            case 2 -> {
                byte[] hostile = switch (r.nextInt(6)) {
                    case 0 -> "\"".getBytes(StandardCharsets.UTF_8);
                    case 1 -> new byte[] {0, 0, 0};
                    case 2 -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
                    case 3 -> "=cmd|' /C calc'!A0,".getBytes(StandardCharsets.UTF_8);
                    case 4 -> "\r\n\r\n,,,,,,,,,,,,,,,,\n".getBytes(StandardCharsets.UTF_8);
                    default -> "[[[[[[[[[[{\"a\":".repeat(200).getBytes(StandardCharsets.UTF_8);
                };
                return splice(b, at, 0, hostile);
            }
            case 3 -> {
                int len = r.nextInt(Math.max(1, Math.min(64, b.length - at)));
                return splice(b, at, len, new byte[0]);
            }
            case 4 -> {
                int len = r.nextInt(Math.max(1, Math.min(200, b.length - at)));
                return splice(b, at, 0, Arrays.copyOfRange(b, at, at + len));
            }
            case 5 -> {
                byte[] noise = new byte[1 + r.nextInt(32)];
                r.nextBytes(noise);
                return splice(b, at, 0, noise);
            }
            default -> {
                return splice(b, at, Math.min(b.length - at, 4), "9999999999999999999999999999999999999999".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private List<DirectoryVersion> snapshot() {
        List<DirectoryVersion> all = new ArrayList<>();
        for (Register r : Register.values()) {
            all.addAll(imports.directory().versions(r));
        }
        return all;
    }

    private void importEach(String name, byte[] seed, int count, long randomSeed) throws Exception {
        Random r = new Random(randomSeed);
        List<DirectoryVersion> before = snapshot();
        int clean = 0;
        int refused = 0;
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(name + "-" + i + name.substring(name.lastIndexOf('.')));
            Files.write(f, mutate(seed, r));
            try (PendingImport pending = imports.directory().previewImport(Register.SUBJECTS, f, "auto", Progress.NONE)) {
                ImportPreview p = pending.preview();
                if (p.canCommit()) {
                    clean++;
                } else {
                    refused++;
                    assertFalse(p.problems().isEmpty(), "a refusal says why");
                    p.problems().forEach(pr -> assertFalse(ImportProblems.sentence(pr, new I18n(Locale.ENGLISH))
                            .contains("[problem."), "every problem has a message: " + pr.code()));
                }
                // the pending import is discarded here, as when the user cancels
            } catch (RuntimeException e) {
                fail(name + " mutant " + i + " ended in an uncaught " + e, e);
            }
            Files.delete(f);
        }
        assertEquals(before, snapshot(), "nothing written by discarded imports");
        System.out.printf("%s: %d mutants, %d importable, %d refused with reasons%n", name, count, clean, refused);
        assertTrue(refused > 0);
    }

    @Test
    void mutatedCsv_clearErrorOrCorrectResult_workspaceUnchanged() throws Exception {
        importEach("subjects.csv", csv, CSV_MUTANTS, 1);
    }

    @Test
    void mutatedXlsx_clearErrorOrCorrectResult_workspaceUnchanged() throws Exception {
        importEach("subjects.xlsx", xlsx, XLSX_MUTANTS, 2);
    }

    @Test
    void xlsxZipBomb_refused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        try (PendingImport pending = services.directory().previewImport(Register.SUBJECTS, bomb, "auto", Progress.NONE)) {
            assertFalse(pending.preview().canCommit());
            assertEquals("xlsx_unreadable", pending.preview().problems().get(0).code());
        }
    }

    @Test
    void mutatedProof_verdictOrUnreadable_neverCrash() throws Exception {
        Random r = new Random(3);
        int valid = 0;
        int invalid = 0;
        int unreadable = 0;
        for (int i = 0; i < PROOF_MUTANTS; i++) {
            Path f = dir.resolve("proof-" + i + ".json");
            Files.write(f, mutate(proof, r));
            try {
                var v = ProofVerification.verify(ProofJson.mapper(), f, List.of());
                if (v.valid()) {
                    valid++;
                    // a VALID mutant must be harmless: what the protocol binds is byte for byte the original
                    assertEquals(bound(proof), bound(Files.readAllBytes(f)), "proof mutant " + i
                            + " verifies VALID with a change in what the protocol binds");
                } else {
                    invalid++;
                    assertFalse(v.firstDifference().isBlank());
                }
            } catch (ProofJson.UnreadableProofException e) {
                unreadable++;
                assertFalse(e.getMessage().isBlank());
            } catch (RuntimeException e) {
                fail("proof mutant " + i + " ended in an uncaught " + e, e);
            }
        }
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(100_000) + "]".repeat(100_000));
        try {
            ProofVerification.verify(ProofJson.mapper(), deep, List.of());
            fail("deep nesting must be refused");
        } catch (ProofJson.UnreadableProofException expected) {
            unreadable++;
        }
        System.out.printf("proof: %d mutants, %d still VALID (change in whitespace or ignored text), %d INVALID, %d unreadable%n",
                PROOF_MUTANTS + 1, valid, invalid, unreadable);
    }

    /**
     * The members of a proof that sortes-draw/1 recomputes or binds, as a JSON tree: everything but
     * what protocol §9 lists as unbound today (the session header, observers' names and roles, the
     * beacon's source, stratum names, target regions, decisions and the seedHash shown for people).
     */
    private static com.fasterxml.jackson.databind.JsonNode bound(byte[] json) throws java.io.IOException {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) ProofJson.mapper().readTree(json);
        root.remove(List.of("session", "decisions", "seedHash"));
        root.withArray("observers").forEach(o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o)
                .remove(List.of("name", "role")));
        if (root.get("beacon") instanceof com.fasterxml.jackson.databind.node.ObjectNode b) {
            b.remove("source");
        }
        root.withArray("strata").forEach(o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("name"));
        root.withArray("targets").forEach(o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("region"));
        return root;
    }

    @Test
    void harmlessnessCheck_seesAChangeInWhatIsBound() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ProofJson.mapper().readTree(proof);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.withArray("targets").get(0)).put("ticket", "0.5");
        org.junit.jupiter.api.Assertions.assertNotEquals(bound(proof), bound(ProofJson.mapper().writeValueAsBytes(tree)));
        var unbound = (com.fasterxml.jackson.databind.node.ObjectNode) ProofJson.mapper().readTree(proof);
        ((com.fasterxml.jackson.databind.node.ObjectNode) unbound.withArray("targets").get(0)).put("region", "110000");
        assertEquals(bound(proof), bound(ProofJson.mapper().writeValueAsBytes(unbound)));
    }

    @Test
    void mutatedPlan_createdOrRefusedWithReason() {
        Random r = new Random(4);
        int created = 0;
        int refused = 0;
        for (int i = 0; i < PLAN_MUTANTS; i++) {
            String mutant = new String(mutate(plan.getBytes(StandardCharsets.UTF_8), r), StandardCharsets.UTF_8);
            try {
                services.draw().createPlan(mutant);
                created++;
            } catch (PlanJson.PlanException e) {
                refused++;
                assertFalse(e.getMessage().isBlank());
            } catch (RuntimeException e) {
                fail("plan mutant " + i + " ended in an uncaught " + e, e);
            }
        }
        System.out.printf("plan: %d mutants, %d created, %d refused with reasons%n", PLAN_MUTANTS, created, refused);
    }
}
