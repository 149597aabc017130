package org.sortes.testutil;

import org.sortes.session.DrawService;

/** The stages every session test goes through before its own: plan, freeze, commit, one observer. */
public final class Sessions {
    /** Twenty digits, the least the protocol accepts before the reveal. */
    public static final String DIGITS = "31415926535897932384";

    private Sessions() {
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
