package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Verifier;

/** Whole sessions run back to back and killed at random moments: every session consistent and resumable. */
class CrashSafetyDrawTest extends CrashSafety {
    static final int DRAW_KILLS = 10;

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
            killedMidRun += killLater(p, 100 + random.nextInt(900), true) ? 1 : 0;
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
}
