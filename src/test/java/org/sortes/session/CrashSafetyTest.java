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
import org.sortes.audit.AuditLog;
import org.sortes.directory.Register;
import org.sortes.draw.Verifier;
import org.sortes.i18n.I18n;
import org.sortes.imports.Progress;
import org.sortes.store.DrawSessionRow;
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

    @TempDir
    Path dir;

    private static WorkspaceServices open(Path db) {
        return WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "check", new I18n(Locale.ENGLISH));
    }

    private static Process child(String mainClass, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Waits until the child has its workspace open, then lets it work for a random time and kills it. */
    private static void killLater(Process p, long millis) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (java.io.IOException ignored) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return; // finished before the kill: the "after" case
        }
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    private static void assertSound(WorkspaceServices s) {
        assertEquals("ok", s.integrity().integrity());
        AuditLog.ChainStatus chain = s.integrity().verifyChain();
        assertTrue(chain.intact(), chain.problem());
    }

    @Test
    void importKilledAtRandomMoments_beforeOrAfterNeverHalf() throws Exception {
        Path db = dir.resolve("w.db");
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = 0; i < 60_000; i++) {
            lines.add(Csv.subject(i, "崩溃测试商贸有限公司" + i));
        }
        Path csv = Csv.write(dir, "big.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        Random random = new Random(20261126);
        int survived = 0;
        int before = 0;
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
            killLater(p, 700 + random.nextInt(k % 2 == 0 ? 2300 : 6000));
            try (WorkspaceServices s = open(db)) {
                assertSound(s);
                long versions = s.directory().versions(Register.SUBJECTS).size();
                long count = s.directory().counts().get(Register.SUBJECTS);
                assertTrue(versions == versionsBefore || versions == versionsBefore + 1, "versions " + versions);
                if (versions == versionsBefore) {
                    before++;
                    assertEquals(countBefore, count, "before: nothing of the import is visible");
                } else {
                    assertEquals(60_000, count, "after: the whole import is visible");
                }
                survived++;
            }
        }
        assertEquals(IMPORT_KILLS, survived);
        System.out.printf("import kills: %d, workspace sound every time; %d left the state before, %d after%n",
                IMPORT_KILLS, before, IMPORT_KILLS - before);
    }

    @Test
    void drawSessionsKilledAtRandomMoments_everySessionConsistentAndResumable() throws Exception {
        Path db = dir.resolve("w.db");
        try (WorkspaceServices s = open(db)) {
            s.directory().createDemo(Progress.NONE);
        }
        Random random = new Random(42);
        java.util.Map<String, Integer> states = new java.util.TreeMap<>();
        for (int k = 0; k < DRAW_KILLS; k++) {
            Process p = child("org.sortes.testutil.SessionRunner", db.toString(),
                    DrawSessionTest.DEMO_PLAN.toAbsolutePath().toString(), SECRET, "200");
            killLater(p, 900 + random.nextInt(2500));
            try (WorkspaceServices s = open(db)) {
                assertSound(s);
                for (DrawSessionRow row : s.draw().sessions()) {
                    if (!"aborted".equals(row.state()) || !"interrupted by the crash test".equals(row.abortReason())) {
                        states.merge(row.state(), 1, Integer::sum);
                    }
                    switch (row.state()) {
                        case "planned", "frozen", "committed", "aborted" -> {
                            // nothing drawn yet: fine as it is
                        }
                        case "revealed", "drawn", "locked" -> {
                            // resume where it was: the draw (or the stored one) verifies
                            s.draw().draw(row.id());
                            Path proof = dir.resolve("proof-" + row.id() + ".json");
                            ProofJson.write(ProofJson.mapper(), s.draw().proof(row.id()), proof, false);
                            Verifier.Verdict v = ProofVerification.verify(ProofJson.mapper(), proof, List.of());
                            assertTrue(v.valid(), "session " + row.id() + ": " + v.firstDifference());
                        }
                        default -> throw new AssertionError("unknown state " + row.state());
                    }
                    if (!"locked".equals(row.state()) && !"aborted".equals(row.state())) {
                        s.draw().abort(row.id(), "interrupted by the crash test");
                    }
                }
            }
        }
        System.out.printf("draw kills: %d, workspace sound every time; sessions found per state: %s%n", DRAW_KILLS, states);
    }
}
