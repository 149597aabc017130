package org.sortes.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.session.DrawService;
import org.sortes.session.ObserverRole;

/** The stages every session test goes through before its own: plan, freeze, commit, one observer. */
public final class Sessions {
    /** Twenty digits, the least the protocol accepts before the reveal. */
    public static final String DIGITS = "31415926535897932384";
    /** The value entered for a declared beacon (the demo plan declares one). */
    public static final String BEACON = "517";

    private Sessions() {
    }

    /** The demo workspace built once per run and operator, then copied: building it is the slow part. */
    private static final java.util.Map<String, Path> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A new workspace at file with the demo data, services in English on the test clock. */
    public static WorkspaceServices demoWorkspace(Path file, String operator) {
        Path template = TEMPLATES.computeIfAbsent(operator, Sessions::template);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(template, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> operator, new I18n(Locale.ENGLISH));
    }

    private static Path template(String operator) {
        try {
            Path folder = Files.createTempDirectory("sortes-demo-template");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("demo.sortes.db");
            try (WorkspaceServices services = WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> operator,
                    new I18n(Locale.ENGLISH))) {
                services.directory().createDemo(Progress.NONE);
            }
            // one self-contained file: what the write-ahead log held is in it once the last connection closed
            for (String side : new String[] {"-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(folder.resolve("demo.sortes.db" + side));
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The demo plan's JSON (30 targets in eight strata, teams of two). */
    public static String demoPlan() {
        try {
            return Files.readString(Path.of("assets/demo/plan-demo.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Commits session id to a secret slip in a temporary folder; returns the secret read back from it. */
    public static String commit(DrawService draw, long id) {
        try {
            Path folder = Files.createTempDirectory("sortes-slip-");
            Path slip = folder.resolve("secret-" + id + ".txt");
            draw.commit(id, slip);
            String secret = Files.readString(slip).strip();
            Files.delete(slip);
            Files.delete(folder);
            return secret;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A session and the secret it was committed to. */
    public record Committed(long id, String secret) {
    }

    /**
     * A session from planJson, committed, with one notary's twenty digits entered and, when the plan
     * declares a beacon, its value ({@link #BEACON}) after them.
     */
    public static Committed committed(DrawService draw, String planJson) {
        long id = draw.createPlan(planJson);
        draw.freeze(id);
        String secret = commit(draw, id);
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, DIGITS);
        if (draw.session(id).declaredBeacon().isPresent()) {
            draw.setBeacon(id, BEACON);
        }
        return new Committed(id, secret);
    }

    /** A session from planJson taken through every stage to locked; returns its id. */
    public static long locked(DrawService draw, String planJson) {
        Committed c = committed(draw, planJson);
        draw.reveal(c.id(), c.secret());
        draw.draw(c.id());
        draw.lock(c.id());
        return c.id();
    }
}
