package org.sortes.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Protocol;
import org.sortes.i18n.I18n;
import org.sortes.imports.Progress;
import org.sortes.session.DrawService;

/** The stages every session test goes through before its own: plan, freeze, commit, one observer. */
public final class Sessions {
    /** Twenty digits, the least the protocol accepts before the reveal. */
    public static final String DIGITS = "31415926535897932384";

    private Sessions() {
    }

    /** A new workspace at file with the demo data, services in English on the test clock. */
    public static WorkspaceServices demoWorkspace(Path file, String operator) {
        WorkspaceServices services = WorkspaceServices.open(file, TestWorkspace.CLOCK, () -> operator,
                new I18n(Locale.ENGLISH));
        services.directory().createDemo(Progress.NONE);
        return services;
    }

    /** The demo plan's JSON (30 targets in eight strata, teams of two). */
    public static String demoPlan() {
        try {
            return Files.readString(Path.of("assets/demo/plan-demo.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh 256-bit secret. */
    public static String newSecret() {
        return Protocol.newSecret(new SecureRandom());
    }

    /** A session from planJson, committed to secret, with one notary's digits entered; returns its id. */
    public static long committed(DrawService draw, String planJson, String secret) {
        long id = draw.createPlan(planJson);
        draw.freeze(id);
        draw.commit(id, secret);
        draw.addObserver(id, "张公证", "notary", DIGITS);
        return id;
    }

    /** A session from planJson taken through every stage to locked; returns its id. */
    public static long locked(DrawService draw, String planJson, String secret) {
        long id = committed(draw, planJson, secret);
        draw.reveal(id, secret);
        draw.draw(id);
        draw.lock(id);
        return id;
    }
}
