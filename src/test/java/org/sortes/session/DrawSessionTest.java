package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Protocol;
import org.sortes.draw.Verifier;
import org.sortes.i18n.I18n;
import org.sortes.imports.Progress;
import org.sortes.store.StoreException;
import org.sortes.testutil.TestWorkspace;

/** A whole session on the demo workspace, stage by stage, as the CLI and the UI run it. */
class DrawSessionTest {
    static final Path DEMO_PLAN = Path.of("assets/demo/plan-demo.json");

    @TempDir
    Path dir;
    WorkspaceServices services;
    DrawService draw;

    @BeforeEach
    void open() {
        services = WorkspaceServices.open(dir.resolve("w.db"), TestWorkspace.CLOCK, () -> "抽签员", new I18n(Locale.ENGLISH));
        services.directory().createDemo(Progress.NONE);
        draw = services.draw();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Runs a session up to the reveal; returns its id. */
    long revealed(String secret) throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        draw.commit(id, secret);
        draw.addObserver(id, "张公证", "notary", "3141592653");
        draw.addObserver(id, "Li Media", "media", "27182 81828");
        draw.reveal(id, secret);
        return id;
    }

    @Test
    void demoSession_30Targets_endToEnd_proofVerifiesValid() throws Exception {
        String secret = Protocol.newSecret(new SecureRandom());
        long id = revealed(secret);
        DrawResult result = draw.draw(id);
        assertEquals(30, result.targets().size());
        assertTrue(result.targets().stream().allMatch(t -> t.staffed() && t.team().size() == 2));
        assertEquals(result, draw.draw(id), "a second call returns the stored result, it does not redraw");
        draw.lock(id);
        assertEquals("locked", draw.session(id).state());
        assertThrows(StoreException.class, () -> draw.abort(id, "too late"));

        Path proof = dir.resolve("proof.json");
        ProofJson.write(ProofJson.mapper(), draw.proof(id), proof, false);
        Verifier.Verdict v = ProofVerification.verify(ProofJson.mapper(), proof, List.of());
        assertTrue(v.valid(), v.firstDifference());
    }

    @Test
    void reveal_wrongSecret_refusedAndNothingChanged() throws Exception {
        String secret = Protocol.newSecret(new SecureRandom());
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        String commitment = draw.commit(id, secret);
        draw.addObserver(id, "张公证", "notary", "31415926535897932384");
        String other = (secret.charAt(0) == 'a' ? "b" : "a") + secret.substring(1);
        assertThrows(CommitmentMismatchException.class, () -> draw.reveal(id, other));
        assertEquals("committed", draw.session(id).state());
        assertEquals(commitment, draw.session(id).commitment());
        draw.reveal(id, secret);
        assertEquals("revealed", draw.session(id).state());
    }

    @Test
    void reveal_fewerThan20Digits_refused_andNoEntropyAfterReveal() throws Exception {
        String secret = Protocol.newSecret(new SecureRandom());
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        draw.commit(id, secret);
        draw.addObserver(id, "张公证", "notary", "1234567890123456789");
        assertThrows(IllegalStateException.class, () -> draw.reveal(id, secret));
        draw.addObserver(id, "王委员", "cppcc_member", "7");
        draw.reveal(id, secret);
        assertThrows(StoreException.class, () -> draw.addObserver(id, "late", "media", "99"));
    }

    @Test
    void stages_outOfOrder_refused() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        String secret = Protocol.newSecret(new SecureRandom());
        assertThrows(StoreException.class, () -> draw.commit(id, secret));
        assertThrows(StoreException.class, () -> draw.draw(id));
        draw.freeze(id);
        assertThrows(StoreException.class, () -> draw.freeze(id));
        assertThrows(StoreException.class, () -> draw.addObserver(id, "x", "notary", "1"));
        draw.abort(id, "the hall lost power");
        assertEquals("aborted", draw.session(id).state());
        assertThrows(StoreException.class, () -> draw.commit(id, secret));
    }

    @Test
    void draw_afterReopeningWorkspace_identicalResult() throws Exception {
        String secret = Protocol.newSecret(new SecureRandom());
        long id = revealed(secret);
        services.close();
        services = WorkspaceServices.open(dir.resolve("w.db"), TestWorkspace.CLOCK, () -> "抽签员", new I18n(Locale.ENGLISH));
        draw = services.draw();
        DrawResult first = draw.draw(id);
        // the same inputs through the pure engine give the same targets and teams
        var bundle = draw.proof(id);
        assertEquals(first.targets(), org.sortes.draw.DrawEngine.draw(bundle.proof().plan(), bundle.candidates(),
                bundle.pool(), bundle.proof().seed()).targets());
    }

    @Test
    void lock_unstaffedTargetsNeedADecision() throws Exception {
        String plan = Files.readString(DEMO_PLAN).replace("\"membersPerDepartment\": 2", "\"membersPerDepartment\": 30");
        String secret = Protocol.newSecret(new SecureRandom());
        long id = org.sortes.testutil.Sessions.committed(draw, plan, secret);
        draw.reveal(id, secret);
        DrawResult r = draw.draw(id);
        List<DrawResult.Target> unstaffed = r.targets().stream().filter(t -> !t.staffed()).toList();
        assertFalse(unstaffed.isEmpty());
        assertThrows(IllegalStateException.class, () -> draw.lock(id));
        for (DrawResult.Target t : unstaffed) {
            draw.decide(id, t.rank(), "报请上级调派执法人员");
        }
        draw.lock(id);
        assertEquals(unstaffed.size(), draw.proof(id).unstaffedDecisions().size());
    }

    @Test
    void createPlan_unknownItemOrBadField_clearMessage() throws Exception {
        String base = Files.readString(DEMO_PLAN);
        var e1 = assertThrows(PlanJson.PlanException.class, () -> draw.createPlan(base.replace("SJ-002", "XX-999")));
        assertTrue(e1.getMessage().contains("XX-999"), e1.getMessage());
        var e2 = assertThrows(PlanJson.PlanException.class, () -> draw.createPlan(base.replace("\"count\": 3", "\"count\": 2.5")));
        assertTrue(e2.getMessage().contains("count"), e2.getMessage());
        var e3 = assertThrows(PlanJson.PlanException.class, () -> draw.createPlan(base.replace("\"scope\"", "\"scoop\"")));
        assertTrue(e3.getMessage().contains("scoop"), e3.getMessage());
        var e4 = assertThrows(PlanJson.PlanException.class, () -> draw.createPlan(base.replace("\"membersPerDepartment\": 2", "\"membersPerDepartment\": 1")));
        assertTrue(e4.getMessage().contains("two"), e4.getMessage());
    }
}
