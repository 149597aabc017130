package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.Register;
import org.sortes.draw.Verifier;
import org.sortes.i18n.I18n;
import org.sortes.testutil.Csv;
import org.sortes.testutil.TestWorkspace;

/**
 * Kills a child JVM (SIGKILL) at random moments of an import and of draw sessions, many times, and
 * checks each time that the workspace opens, passes integrity_check and the chain check, and holds
 * the state before or after the interrupted step, never half of it.
 */
class CrashSafetyTest {
    static final String SECRET = "5f1c9a0e7b3d2c4f6a8e1b0d9c7f5e3a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e";
    static final int IMPORT_KILLS = 10;
    static final int DRAW_KILLS = 10;
    /** Rows of the imported file: an import of them takes a child a few seconds, long enough to be cut. */
    static final int IMPORT_ROWS = 30_000;

    @TempDir
    Path dir;

    private static WorkspaceServices open(Path db) {
        return WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "check", new I18n(Locale.ENGLISH));
    }

    private static Process child(String mainClass, String... args) throws Exception {
        // a child lives a few seconds: the quick compiler alone and one collector thread start it sooner
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /**
     * Lets the child work for a random time and kills it; true when the kill landed while it was
     * still working (it had not finished by itself).
     */
    private static boolean killLater(Process p, long millis) throws Exception {
        return killLater(p, millis, false);
    }

    /**
     * As above; with afterReady the random time counts from the child's "ready" line (its JVM started
     * and the workspace open), so that a busy machine does not turn every kill into one before any work.
     */
    private static boolean killLater(Process p, long millis, boolean afterReady) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        if (afterReady) {
            ready.await(60, TimeUnit.SECONDS);
        }
        if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return false; // finished before the kill: the "after" case
        }
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        return true;
    }

    private static void assertSound(WorkspaceServices s) {
        assertEquals("ok", s.integrity().integrity());
        ChainCheck chain = s.integrity().verifyChain();
        assertTrue(chain.intact(), chain.problem());
    }

    @Test
    void importKilledAtRandomMoments_beforeOrAfterNeverHalf() throws Exception {
        Path db = dir.resolve("w.db");
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            lines.add(Csv.subject(i, "崩溃测试商贸有限公司" + i));
        }
        Path csv = Csv.write(dir, "big.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        Random random = new Random(20261126);
        int survived = 0;
        int before = 0;
        int killedMidImport = 0;
        for (int k = 0; k < IMPORT_KILLS; k++) {
            long versionsBefore;
            long countBefore;
            try (WorkspaceServices s = open(db)) {
                versionsBefore = s.directory().versions(Register.SUBJECTS).size();
                countBefore = s.directory().counts().get(Register.SUBJECTS);
            }
            // alternate between a fresh load and a second version that changes every name
            Path file = csv;
            if (k % 2 == 1) {
                file = dir.resolve("changed-" + k + ".csv");
                Files.writeString(file, Files.readString(csv).replace("崩溃测试", "改名" + k), StandardCharsets.UTF_8);
            }
            Process p = child("org.sortes.app.Launcher", "--db", db.toString(), "import", "subjects", file.toString());
            boolean landed = killLater(p, 500 + random.nextInt(k % 2 == 0 ? 1300 : 3000));
            try (WorkspaceServices s = open(db)) {
                assertSound(s);
                long versions = s.directory().versions(Register.SUBJECTS).size();
                long count = s.directory().counts().get(Register.SUBJECTS);
                assertTrue(versions == versionsBefore || versions == versionsBefore + 1, "versions " + versions);
                if (versions == versionsBefore) {
                    before++;
                    killedMidImport += landed ? 1 : 0;
                    assertEquals(countBefore, count, "before: nothing of the import is visible");
                } else {
                    assertEquals(IMPORT_ROWS, count, "after: the whole import is visible");
                }
                survived++;
            }
        }
        assertEquals(IMPORT_KILLS, survived);
        // the test means something only if kills interrupted imports that were under way
        assertTrue(killedMidImport > 0, "no kill landed inside an import");
        System.out.printf("import kills: %d, workspace sound every time; %d left the state before (%d of them"
                + " killed mid-import), %d after%n", IMPORT_KILLS, before, killedMidImport, IMPORT_KILLS - before);
    }

    @Test
    void drawSessionsKilledAtRandomMoments_everySessionConsistentAndResumable() throws Exception {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices s = org.sortes.testutil.Sessions.demoWorkspace(db, "check")) {
        }
        Random random = new Random(42);
        java.util.Map<String, Integer> states = new java.util.TreeMap<>();
        // a locked session cannot change: once its draw has verified it is not drawn again after each kill
        java.util.Set<Long> verifiedLocked = new java.util.HashSet<>();
        int killedMidRun = 0;
        for (int k = 0; k < DRAW_KILLS; k++) {
            Process p = child("org.sortes.testutil.SessionRunner", db.toString(),
                    DrawSessionTest.DEMO_PLAN.toAbsolutePath().toString(), SECRET, "200");
            killedMidRun += killLater(p, 200 + random.nextInt(1400), true) ? 1 : 0;
            try (WorkspaceServices s = open(db)) {
                assertSound(s);
                for (DrawSession row : s.draw().sessions()) {
                    if (row.state() != SessionState.ABORTED || !"interrupted by the crash test".equals(row.abortReason())) {
                        states.merge(row.state().code(), 1, Integer::sum);
                    }
                    switch (row.state()) {
                        case PLANNED, FROZEN, COMMITTED, ABORTED, VOIDED -> {
                            // nothing drawn yet: fine as it is
                        }
                        case REVEALED, DRAWN, LOCKED -> {
                            if (row.state() == SessionState.LOCKED && !verifiedLocked.add(row.id())) {
                                continue;
                            }
                            // resume where it was: the draw (or the stored one) verifies
                            s.draw().draw(row.id());
                            Path proof = dir.resolve("proof-" + row.id() + ".json");
                            ProofJson.write(ProofJson.mapper(), s.draw().proof(row.id()), proof, false);
                            Verifier.Verdict v = ProofVerification.verify(ProofJson.mapper(), proof, List.of());
                            assertTrue(v.valid(), "session " + row.id() + ": " + v.firstDifference());
                        }
                        default -> throw new AssertionError("unknown state " + row.state());
                    }
                    SessionState now = s.draw().session(row.id()).state();
                    if (now.canMoveTo(SessionState.ABORTED)) {
                        s.draw().abort(row.id(), "interrupted by the crash test");
                    } else if (now == SessionState.DRAWN) {
                        s.draw().lock(row.id()); // drawn means no way back: its result is kept
                    }
                }
            }
        }
        System.out.printf("draw kills: %d (%d while sessions were being run), workspace sound every time;"
                + " sessions found per state: %s%n", DRAW_KILLS, killedMidRun, states);
        assertTrue(killedMidRun > 0, "no kill landed while sessions were being run");
        // kills between stages leave sessions short of locked: some must have been found so
        assertTrue(states.keySet().stream().anyMatch(st -> !st.equals("locked")), "no session interrupted: " + states);
    }

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
