package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.testutil.TestWorkspace;

/**
 * The kill tests: a child JVM is killed (SIGKILL) at random moments of its work, many times, and each
 * time the workspace must open, pass integrity_check and the chain check, and hold the state before or
 * after the interrupted step, never half of it. One class per kind of work, so that the two test JVMs
 * share them out (together they are a third of the suite).
 */
abstract class CrashSafety {
    static final String SECRET = "5f1c9a0e7b3d2c4f6a8e1b0d9c7f5e3a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e";

    @TempDir
    Path dir;

    static WorkspaceServices open(Path db) {
        return WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "check", new I18n(Locale.ENGLISH));
    }

    static Process child(String mainClass, String... args) throws Exception {
        // a child lives a few seconds: the quick compiler alone and one collector thread start it sooner
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8"));
        // SQLite's library from one kept copy, as the launcher has it: a killed child's driver would
        // otherwise leave its own megabyte copy in the temporary folder, hundreds of them a run
        Path library = KEPT_SQLITE.get();
        if (library != null) {
            cmd.add("-Dorg.sqlite.lib.path=" + library.getParent().toAbsolutePath());
            cmd.add("-Dorg.sqlite.lib.name=" + library.getFileName());
        }
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static final java.util.function.Supplier<Path> KEPT_SQLITE = new java.util.function.Supplier<>() {
        private Path kept;
        private boolean asked;

        @Override
        public synchronized Path get() {
            if (!asked) {
                asked = true;
                kept = org.sortes.store.NativeSqlite.bundled().map(b -> {
                    try {
                        return org.sortes.app.BundledFiles.identical(Path.of("target", "test-native", b.folder()),
                                b.fileName(), b.resource());
                    } catch (java.io.IOException e) {
                        return null; // the driver's own way
                    }
                }).orElse(null);
            }
            return kept;
        }
    };

    /**
     * Lets the child work for a random time and kills it; true when the kill landed while it was
     * still working (it had not finished by itself).
     */
    static boolean killLater(Process p, long millis) throws Exception {
        return killLater(p, millis, false);
    }

    /**
     * As above; with afterReady the random time counts from the child's "ready" line (its JVM started
     * and the workspace open), so that a busy machine does not turn every kill into one before any work.
     */
    static boolean killLater(Process p, long millis, boolean afterReady) throws Exception {
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

    static void assertSound(WorkspaceServices s) {
        assertEquals("ok", s.integrity().integrity());
        ChainCheck chain = s.integrity().verifyChain();
        assertTrue(chain.intact(), chain.problem());
    }
}
