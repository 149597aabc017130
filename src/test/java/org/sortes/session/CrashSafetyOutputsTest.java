package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sortes.app.WorkspaceServices;

/** Every output written round after round and killed at random moments: no file under its final name is partial. */
class CrashSafetyOutputsTest extends CrashSafety {
    static final int OUTPUT_KILLS = 6;

    /**
     * Every output (backup, proof and its lists, notice, minutes, letters, announcement, results,
     * register) is written round after round by a child that is killed at random moments: each file
     * under its final name must be whole; only a temporary ".partial" name may hold a torn write.
     */
    @Test
    void outputsKilledAtRandomMoments_noFileUnderItsFinalNameIsPartial() throws Exception {
        Path db = dir.resolve("w.db");
        long id;
        try (WorkspaceServices s = org.sortes.testutil.Sessions.demoWorkspace(db, "check")) {
            var c = org.sortes.testutil.Sessions.committed(s.draw(), Files.readString(DrawSessionTest.DEMO_PLAN));
            id = c.id();
            s.draw().reveal(id, c.secret());
            s.draw().draw(id);
            s.draw().lock(id);
        }
        Path out = dir.resolve("out");
        Random random = new Random(7);
        int killedMidRun = 0;
        int checked = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < OUTPUT_KILLS; k++) {
            Process p = child("org.sortes.testutil.OutputsRunner", db.toString(), Long.toString(id), out.toString());
            killedMidRun += killLater(p, 300 + random.nextInt(2500), true) ? 1 : 0;
            List<Path> files;
            try (var walk = Files.walk(out)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            Path anyProof = null;
            for (Path f : files) {
                String name = f.getFileName().toString();
                // a torn write may stay under its temporary name (with SQLite's journal of it, ".partial-journal");
                // a file already checked is unchanged
                if (name.contains(".partial") || !seen.add(f.toString())) {
                    continue;
                }
                checked++;
                if (name.endsWith(".db")) {
                    org.sortes.store.Backups.check(f);
                } else if (name.startsWith("proof-") && name.endsWith(".json")) {
                    ProofVerification.Result v = ProofVerification.check(f, List.of());
                    assertTrue(v.valid(), f + ": " + v.messageKey() + " " + v.args());
                    anyProof = f;
                } else if (name.endsWith(".pdf")) {
                    try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(f.toFile()))) {
                        assertTrue(pdf.getNumberOfPages() > 0, f.toString());
                    }
                } else if (name.endsWith(".json")) {
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile());
                } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    assertTrue(text.endsWith("\n"), f + " ends in the middle of a line");
                } else {
                    throw new AssertionError("an output nobody expected: " + f);
                }
            }
            if (anyProof != null) {
                // every exported register is the one the session bound: whole, line for line
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("register-") && name.endsWith(".tsv")) {
                        ProofVerification.Result v = ProofVerification.checkWithRegister(anyProof, List.of(), f);
                        assertTrue(v.valid(), f + ": " + v.messageKey() + " " + v.args());
                    }
                }
            }
        }
        System.out.printf("output kills: %d (%d while writing), %d files under their final names, each whole%n",
                OUTPUT_KILLS, killedMidRun, checked);
        assertTrue(killedMidRun > 0, "no kill landed while outputs were being written");
        assertTrue(checked > 8, "too few outputs written to mean anything: " + checked);
    }
}
