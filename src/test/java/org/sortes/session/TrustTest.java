package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Candidate;
import org.sortes.draw.DrawEngine;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Proof;
import org.sortes.draw.Protocol;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * Where an insider could steer a draw or hide a change (issue "trust"): the beacon, the redraw,
 * the reveal, recently drawn subjects and the freeze itself.
 */
class TrustTest {
    @TempDir
    Path dir;
    WorkspaceServices services;
    DrawService draw;

    @BeforeEach
    void open() {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员");
        draw = services.draw();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** The demo plan with the beacon declaration taken out (or replaced). */
    static String demoPlanWith(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode plan = (ObjectNode) ProofJson.mapper().readTree(Sessions.demoPlan());
        change.accept(plan);
        return plan.toString();
    }

    @Test
    void freeBeacon_aPlanWithoutDeclaration_refusesAnyBeacon_soValuesCannotBeTriedUntilOneSuits() throws Exception {
        var c = Sessions.committed(draw, demoPlanWith(p -> p.remove("beacon")));
        // the officer knows the secret and sees the digits: every value he could try is refused
        for (String tried : List.of("517", "518", "519", "anything")) {
            Refusal r = assertThrows(Refusal.class, () -> draw.setBeacon(c.id(), tried));
            assertEquals("draw.error.beaconUndeclared", r.messageKey());
        }
        draw.reveal(c.id(), c.secret());
        draw.draw(c.id());
        assertTrue(draw.session(c.id()).seed().endsWith(";"), "no beacon: the seed ends with an empty one");
    }

    @Test
    void declaredBeacon_takesOneValueOnce_beforeTheReveal_inPrintableAscii() throws Exception {
        long id = draw.createPlan(Sessions.demoPlan());
        draw.freeze(id);
        String secret = Sessions.commit(draw, id);
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, Sessions.DIGITS);
        assertEquals("draw.error.beaconFirst", assertThrows(Refusal.class, () -> draw.reveal(id, secret)).messageKey());
        assertEquals("draw.error.beaconValue", assertThrows(Refusal.class, () -> draw.setBeacon(id, "五一七"))
                .messageKey());
        assertEquals("draw.error.beaconValue", assertThrows(Refusal.class, () -> draw.setBeacon(id, "  ")).messageKey());
        draw.setBeacon(id, "  517 ");
        assertEquals("517", draw.session(id).beaconValue().orElseThrow().value(), "U+0020 at the ends only");
        assertEquals("中国福利彩票福彩3D", draw.session(id).beaconValue().orElseThrow().source(), "the plan's source");
        assertEquals("draw.error.beaconTwice", assertThrows(Refusal.class, () -> draw.setBeacon(id, "518"))
                .messageKey());
        draw.reveal(id, secret);
        assertTrue(draw.session(id).seed() == null);
        draw.draw(id);
        assertTrue(draw.session(id).seed().endsWith(";517"));
    }

    @Test
    void proofDigest_ofASessionRunAgainAfterARestore_isTheNewLocksNotTheOldOne() throws Exception {
        var c = Sessions.committed(draw, Sessions.demoPlan());
        Path backup = dir.resolve("committed.db");
        services.integrity().backup(backup, org.sortes.session.IntegrityService.Trigger.COMMAND);
        draw.reveal(c.id(), c.secret());
        draw.draw(c.id());
        draw.lock(c.id());
        Digest first = draw.proofDigest(c.id());
        // back to the committed session, then other digits: the same session number locked again, another draw
        services.integrity().restore(backup);
        draw.addObserver(c.id(), "李代表", ObserverRole.NPC_DEPUTY, "1234567890");
        draw.reveal(c.id(), c.secret());
        draw.draw(c.id());
        draw.lock(c.id());
        Digest second = draw.proofDigest(c.id());
        assertNotEquals(first, second);
        assertEquals(ProofJson.sha256AsAttached(ProofJson.mapper(), draw.proof(c.id())), second.hex());
        // each lock left its own automatic backup, the second beside the first (the same second), not over it
        try (var backups = Files.list(dir.resolve("backups"))) {
            assertEquals(List.of("w-session-1-locked-2026-11-26T0800-2.db", "w-session-1-locked-2026-11-26T0800.db"),
                    backups.map(f -> f.getFileName().toString()).filter(n -> n.contains("-session-")).sorted().toList());
        }
    }

    @Test
    void abortAfterTheDraw_refused_voidAfterLock_keepsTheResultOnRecord() throws Exception {
        var c = Sessions.committed(draw, Sessions.demoPlan());
        draw.reveal(c.id(), c.secret());
        List<DrawnTarget> drawn = draw.draw(c.id());
        Refusal quiet = assertThrows(Refusal.class, () -> draw.abort(c.id(), "重新抽"));
        assertEquals("draw.error.cannotAbort", quiet.messageKey());
        assertEquals("draw.error.wrongState", assertThrows(Refusal.class, () -> draw.voidSession(c.id(), "x"))
                .messageKey(), "void only after the lock");
        draw.lock(c.id());
        Digest locked = draw.proofDigest(c.id());
        assertEquals(ProofJson.sha256AsAttached(ProofJson.mapper(), draw.proof(c.id())), locked.hex());
        assertEquals(locked, draw.proofDigest(c.id()), "asked again, the locked proof's digest is the same");
        assertEquals("draw.error.voidReason", assertThrows(Refusal.class, () -> draw.voidSession(c.id(), " "))
                .messageKey());
        draw.voidSession(c.id(), "抽签现场停电，经公证员确认作废");
        // the state is in the proof: voided, it is another proof, whose digest the documents then print
        Digest voidedDigest = draw.proofDigest(c.id());
        assertNotEquals(locked, voidedDigest);
        assertEquals(ProofJson.sha256AsAttached(ProofJson.mapper(), draw.proof(c.id())), voidedDigest.hex());
        DrawSession voided = draw.session(c.id());
        assertEquals(SessionState.VOIDED, voided.state());
        assertEquals("抽签现场停电，经公证员确认作废", voided.voidReason());
        assertEquals(drawn, draw.targets(c.id()), "the voided result stays");
        assertThrows(Refusal.class, () -> draw.voidSession(c.id(), "again"));
        assertThrows(Refusal.class, () -> draw.lock(c.id()));
        Path proof = dir.resolve("voided.json");
        draw.exportProof(c.id(), proof, false, Progress.NONE);
        assertTrue(ProofVerification.check(proof, List.of()).valid(), "a voided draw still verifies");
        assertTrue(Files.readString(proof).contains("\"state\" : \"voided\""));
        List<String> types = services.integrity().events(new AuditQuery(c.id(), null, null, null, null)).stream()
                .map(AuditEntry::type).toList();
        assertTrue(types.contains("void") && !types.contains("abort"), types.toString());
    }

    @Test
    void refusedReveal_isAnAuditEvent_withoutTheValueTyped() throws Exception {
        var c = Sessions.committed(draw, Sessions.demoPlan());
        String wrong = "0".repeat(63) + "1";
        assertThrows(CommitmentMismatchException.class, () -> draw.reveal(c.id(), wrong));
        List<AuditEntry> refused = services.integrity().events(new AuditQuery(c.id(), "reveal.refused", null, null,
                null));
        assertEquals(1, refused.size());
        assertFalse(refused.get(0).payload().contains(wrong), refused.get(0).payload());
        assertEquals(SessionState.COMMITTED, draw.session(c.id()).state());
        assertTrue(services.integrity().verifyChain().intact());
    }

    @Test
    void drawnWithinDays_leavesOutSubjectsOfALockedDraw_untilItIsVoided_andFrozenListsStayTheSame() throws Exception {
        long first = Sessions.locked(draw, Sessions.demoPlan());
        int targets = draw.targets(first).size();
        long second = draw.createPlan(Sessions.demoPlan());
        FreezeReport report = draw.freeze(second);
        assertEquals(targets, report.excluded().get("RECENTLY_DRAWN"), "every target of the first draw");
        var c = new Sessions.Committed(second, Sessions.commit(draw, second));
        List<String> firstIds = draw.targets(first).stream().map(DrawnTarget::subjectId).toList();

        long off = draw.createPlan(demoPlanWith(p -> ((ObjectNode) p.get("exclusions")).put("drawnWithinDays", 0)));
        assertEquals(0, draw.freeze(off).excluded().get("RECENTLY_DRAWN"), "0 is off");

        draw.voidSession(first, "作废测试");
        long third = draw.createPlan(Sessions.demoPlan());
        assertEquals(0, draw.freeze(third).excluded().get("RECENTLY_DRAWN"), "a voided draw does not count");

        // the second session froze before the void: its lists are re-derived the same, and drawn from
        draw.addObserver(second, "张公证", ObserverRole.NOTARY, Sessions.DIGITS);
        draw.setBeacon(second, Sessions.BEACON);
        draw.reveal(second, c.secret());
        for (DrawnTarget t : draw.draw(second)) {
            assertFalse(firstIds.contains(t.subjectId()), t.subjectId() + " was drawn by the first session");
        }
        Path proof = dir.resolve("second.json");
        draw.exportProof(second, proof, false, Progress.NONE);
        Path register = dir.resolve("register.tsv");
        draw.exportRegister(second, register, Progress.NONE);
        assertTrue(ProofVerification.checkWithRegister(proof, List.of(), register).valid());
    }

    @Test
    void registerCheck_recomputesTheFreeze_andCatchesASubjectMovedToAnotherStratum() throws Exception {
        long id = Sessions.locked(draw, Sessions.demoPlan());
        Path register = dir.resolve("register.tsv");
        DrawService.Exported reg = draw.exportRegister(id, register, Progress.NONE);
        assertEquals(draw.session(id).frozen().registerDigest(), reg.sha256());
        assertEquals(org.sortes.draw.Sha256.hex(Files.readAllBytes(register)), reg.sha256().hex(), "sha256sum works");
        Path proof = dir.resolve("proof.json");
        draw.exportProof(id, proof, false, Progress.NONE);
        assertTrue(ProofVerification.checkWithRegister(proof, List.of(), register).valid());

        // an officer who froze a list of his own making, with one subject in a stratum of his choice,
        // and committed to it: the proof is consistent in itself, only the register shows the lie
        ProofBundle honest = draw.proof(id);
        List<Candidate> lying = new ArrayList<>(honest.candidates());
        int at = 0;
        while (lying.get(at).stratum() == 0) {
            at++;
        }
        Candidate moved = lying.get(at);
        lying.set(at, new Candidate(moved.id(), 0, moved.region(), moved.lastInspectors()));
        Path forged = dir.resolve("forged.json");
        ProofJson.write(ProofJson.mapper(), resigned(honest, lying), forged, false);
        assertTrue(ProofVerification.check(forged, List.of()).valid(), "consistent in itself");
        ProofVerification.Result caught = ProofVerification.checkWithRegister(forged, List.of(), register);
        assertFalse(caught.valid());
        assertEquals("verify.registerStratum", caught.messageKey());
        assertEquals(moved.id(), caught.args().get(0));

        // and a register changed to fit the forged list does not hash to the bound digest
        String text = Files.readString(register);
        Path changed = dir.resolve("changed.tsv");
        String edited = text.replace(moved.id() + "\t0\t", moved.id() + "\t1\t"); // retire the moved subject
        assertFalse(edited.equals(text));
        Files.writeString(changed, edited);
        assertEquals("verify.registerDigest", ProofVerification.checkWithRegister(proof, List.of(), changed)
                .messageKey());
    }

    /** The honest proof's plan, secret and digits over other candidates: a new commitment and draw. */
    static ProofBundle resigned(ProofBundle honest, List<Candidate> candidates) {
        Proof p = honest.proof();
        Protocol.Digests d = new Protocol.Digests(p.digests().plan(),
                org.sortes.draw.CanonicalLists.candidatesDigest(candidates), p.digests().inspectors(),
                p.digests().register());
        String seed = Protocol.seed(2, d, p.secret(), p.digitGroups(), p.beaconValue());
        DrawResult r = DrawEngine.draw(p.plan(), candidates, honest.pool(), seed);
        Proof forged = new Proof(p.protocol(), p.plan(), d, Protocol.commitment(2, d, p.secret()), p.secret(),
                p.observers(), p.beaconValue(), p.beaconSource(), seed, r.stratumSizes(), r.sampleSizes(), r.targets(),
                List.of(), "drawn", null);
        return new ProofBundle(honest.sessionId(), forged, candidates, honest.pool());
    }

    @Test
    void registerExport_beforeTheFreeze_refused_noFile() {
        long id = draw.createPlan(Sessions.demoPlan());
        Refusal r = assertThrows(Refusal.class, () -> draw.exportRegister(id, dir.resolve("r.tsv"), Progress.NONE));
        assertEquals("draw.error.noRegister", r.messageKey());
        assertFalse(Files.exists(dir.resolve("r.tsv")));
    }

    @Test
    void laterNoticeAndMinutes_nameEveryAbortedOrVoidedSessionWithTheSameItems_stageAndReason() throws Exception {
        var aborted = Sessions.committed(draw, Sessions.demoPlan());
        draw.abort(aborted.id(), "公证员未到场");
        long voided = Sessions.locked(draw, Sessions.demoPlan());
        draw.voidSession(voided, "现场投屏中断");
        long other = draw.createPlan(demoPlanWith(p -> p.putArray("items").add("HJ-001")));
        draw.abort(other, "不相关的事项");

        var c = Sessions.committed(draw, Sessions.demoPlan());
        assertEquals(List.of(aborted.id(), voided), services.audience().snapshot(c.id()).earlier().stream()
                .map(AudienceSnapshot.Earlier::sessionId).toList(), "the hall is told too");
        Path notice = dir.resolve("notice.pdf");
        services.documents().notice(c.id(), notice);
        draw.reveal(c.id(), c.secret());
        draw.draw(c.id());
        draw.lock(c.id());
        Path minutes = dir.resolve("minutes.pdf");
        services.documents().minutes(c.id(), minutes, Progress.NONE);
        for (Path pdf : List.of(notice, minutes)) {
            String text = MinutesTest.text(pdf);
            assertTrue(text.contains("#" + aborted.id()) && text.contains("公证员未到场") && text.contains("已承诺")
                    && text.contains("已中止"), pdf + ": the aborted session, its stage and reason");
            assertTrue(text.contains("#" + voided) && text.contains("现场投屏中断") && text.contains("已作废"),
                    pdf + ": the voided session and its reason");
            assertFalse(text.contains("不相关的事项"), pdf + ": a session with other items is not named");
            assertTrue(text.contains("来源：中国福利彩票福彩3D"), pdf + ": the declared beacon");
            assertTrue(text.contains("3/"), pdf + ": each stratum's chance, k of n");
        }
        Path voidedMinutes = dir.resolve("voided.pdf");
        services.documents().minutes(voided, voidedMinutes, Progress.NONE);
        assertTrue(MinutesTest.text(voidedMinutes).contains("本场次已作废。理由：现场投屏中断"));
        assertTrue(ProofVerification.check(voidedMinutes, List.of()).valid());
    }
}
