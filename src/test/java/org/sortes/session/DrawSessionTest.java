package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Protocol;
import org.sortes.draw.Sha256;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;
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
        services = org.sortes.testutil.Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员");
        draw = services.draw();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Runs a session up to the reveal; returns its id. */
    long revealed() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        String secret = Sessions.commit(draw, id);
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, "3141592653");
        draw.addObserver(id, "Li Media", ObserverRole.MEDIA, "27182 81828");
        draw.setBeacon(id, Sessions.BEACON);
        draw.reveal(id, secret);
        return id;
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable step) {
        assertEquals(key, assertThrows(Refusal.class, step).messageKey());
    }

    @Test
    void whatTheOfficerWrites_isOneLine_noLongerThanThePagesPrint_andNothingIsRecordedWhenRefused() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        Sessions.commit(draw, id);
        assertRefused("text.error.tooLong", () -> draw.addObserver(id, "名".repeat(51), ObserverRole.NOTARY,
                "3141592653"));
        assertRefused("text.error.control", () -> draw.addObserver(id, "张\n公证", ObserverRole.NOTARY, "3141592653"));
        assertRefused("text.error.tooLong", () -> draw.addObserver(id, "张公证", ObserverRole.NOTARY, "单".repeat(101),
                "当众掷骰子", "3141592653"));
        assertRefused("text.error.control", () -> draw.addObserver(id, "张公证", ObserverRole.NOTARY, "市公证处",
                "掷\t骰子", "3141592653"));
        Refusal digits = assertThrows(Refusal.class, () -> draw.addObserver(id, "张公证", ObserverRole.NOTARY,
                "1".repeat(101)));
        assertEquals("draw.error.digitsLong", digits.messageKey());
        assertFalse(digits.getMessage().contains("1111"), "the digits are not echoed: " + digits.getMessage());
        assertEquals(List.of(), draw.observers(id), "nothing recorded");
        // at the limits, recorded, stripped
        draw.addObserver(id, " " + "名".repeat(50) + " ", ObserverRole.NOTARY, "单".repeat(100), "法".repeat(100),
                "1".repeat(100));
        assertEquals("名".repeat(50), draw.observers(id).get(0).name());
        assertRefused("text.error.tooLong", () -> draw.decide(id, 1, "决".repeat(501)));
        assertRefused("text.error.control", () -> draw.abort(id, "停电\r\n"));
        assertRefused("text.error.tooLong", () -> draw.abort(id, "因".repeat(501)));
        assertRefused("draw.error.abortReason", () -> draw.abort(id, " \u3000 "));
        assertRefused("text.error.tooLong", () -> draw.voidSession(id, "因".repeat(501)));
        draw.abort(id, "因".repeat(500));
        assertEquals(SessionState.ABORTED, services.draw().session(id).state());
    }

    private static void assertValid(Path proof) {
        ProofVerification.Result v = ProofVerification.check(proof, List.of());
        assertTrue(v.valid(), v.messageKey() + " " + v.args());
    }

    @Test
    void demoSession_30Targets_endToEnd_proofVerifiesValid() throws Exception {
        long id = revealed();
        List<DrawnTarget> result = draw.draw(id);
        assertEquals(30, result.size());
        assertTrue(result.stream().allMatch(t -> t.staffed() && t.team().size() == 2));
        assertEquals(result, draw.draw(id), "a second call returns the stored result, it does not redraw");
        Digest head = draw.lock(id);
        assertEquals(SessionState.LOCKED, draw.session(id).state());
        assertEquals(head, draw.session(id).auditHead());
        assertThrows(Refusal.class, () -> draw.abort(id, "too late"));

        Path proof = dir.resolve("proof.json");
        List<DrawService.Exported> files = draw.exportProof(id, proof, false, Progress.NONE);
        assertEquals(List.of(proof), files.stream().map(DrawService.Exported::file).toList());
        assertEquals(Sha256.hex(Files.readAllBytes(proof)), files.get(0).sha256().hex());
        assertValid(proof);
        assertTrue(services.integrity().events(new AuditQuery(id, "export", null, null, null)).stream()
                .anyMatch(e -> e.payload().contains(files.get(0).sha256().hex())), "the export is in the audit log");
    }

    @Test
    void proofExport_listsBeside_allFilesWholeAndAudited_noPartialLeft() throws Exception {
        long id = revealed();
        draw.draw(id);
        Path proof = dir.resolve("out/p.json");
        Files.createDirectories(proof.getParent());
        List<DrawService.Exported> files = draw.exportProof(id, proof, true, Progress.NONE);
        assertEquals(3, files.size());
        for (DrawService.Exported e : files) {
            assertEquals(Sha256.hex(Files.readAllBytes(e.file())), e.sha256().hex(), e.file().toString());
        }
        try (var listing = Files.list(proof.getParent())) {
            assertTrue(listing.noneMatch(p -> p.toString().endsWith(".partial")), "no temporary file left");
        }
        assertValid(proof);
        assertEquals(3, services.integrity().events(new AuditQuery(id, "export", null, null, null)).size());
    }

    @Test
    void commit_writesOwnerOnlySlip_thatRevealsTheCommitment() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        Path slip = dir.resolve("slip.txt");
        Digest commitment = draw.commit(id, slip);
        String secret = Files.readString(slip).strip();
        assertTrue(secret.matches("[0-9a-f]{64}"), secret);
        DrawSession s = draw.session(id);
        assertEquals(commitment, s.commitment());
        assertEquals(Protocol.commitment(2, new Protocol.Digests(s.planDigest().hex(),
                s.frozen().candidatesDigest().hex(), s.frozen().inspectorsDigest().hex(),
                s.frozen().registerDigest().hex()), secret), commitment.hex());
        if (Files.getFileStore(slip).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(slip)));
        }
        // a second slip under the same name is refused: a slip is never overwritten
        long other = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(other);
        assertThrows(Refusal.class, () -> draw.commit(other, slip));
        assertEquals(secret, Files.readString(slip).strip());
        assertEquals(SessionState.FROZEN, draw.session(other).state());
    }

    @Test
    void commit_failsAfterTheSlipIsWritten_slipRemoved_sessionUnchanged() throws Exception {
        services.close();
        long[] victim = {0};
        WorkspaceServices[] own = {null};
        // another window aborts the session while the secret is being drawn: the store's guard refuses
        java.security.SecureRandom meddling = new java.security.SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                own[0].draw().abort(victim[0], "aborted from another window");
                super.nextBytes(bytes);
            }
        };
        services = WorkspaceServices.open(dir.resolve("w.db"), TestWorkspace.CLOCK, () -> "抽签员",
                new I18n(Locale.ENGLISH), meddling);
        own[0] = services;
        draw = services.draw();
        victim[0] = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(victim[0]);
        Path slip = dir.resolve("slip.txt");
        assertThrows(RuntimeException.class, () -> draw.commit(victim[0], slip));
        assertFalse(Files.exists(slip), "no slip without its commitment");
        assertFalse(draw.session(victim[0]).hasCommitment());
    }

    @Test
    void reveal_wrongSecret_refusedAndNothingChanged() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        String secret = Sessions.commit(draw, id);
        Digest commitment = draw.session(id).commitment();
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, "31415926535897932384");
        draw.setBeacon(id, Sessions.BEACON);
        String other = (secret.charAt(0) == 'a' ? "b" : "a") + secret.substring(1);
        assertThrows(CommitmentMismatchException.class, () -> draw.reveal(id, other));
        assertEquals(SessionState.COMMITTED, draw.session(id).state());
        assertEquals(commitment, draw.session(id).commitment());
        draw.reveal(id, secret);
        assertEquals(SessionState.REVEALED, draw.session(id).state());
        assertEquals(secret, draw.session(id).reveal().secret().hex());
    }

    @Test
    void reveal_fewerThan20Digits_refused_andNoEntropyAfterReveal() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        String secret = Sessions.commit(draw, id);
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, "1234567890123456789");
        Refusal few = assertThrows(Refusal.class, () -> draw.reveal(id, secret));
        assertEquals("draw.error.tooFewDigits", few.messageKey());
        draw.addObserver(id, "王委员", ObserverRole.CPPCC_MEMBER, "7");
        draw.setBeacon(id, Sessions.BEACON);
        draw.reveal(id, secret);
        assertThrows(Refusal.class, () -> draw.addObserver(id, "late", ObserverRole.MEDIA, "99"));
        assertEquals(List.of("张公证", "王委员"), draw.observers(id).stream().map(Observer::name).toList());
    }

    @Test
    void stages_outOfOrder_refused_withTheStatesNamed() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        Path slip = dir.resolve("early.txt");
        Refusal early = assertThrows(Refusal.class, () -> draw.commit(id, slip));
        assertEquals("draw.error.wrongState", early.messageKey());
        assertFalse(Files.exists(slip), "a refused commit writes no slip");
        assertThrows(Refusal.class, () -> draw.draw(id));
        draw.freeze(id);
        assertThrows(Refusal.class, () -> draw.freeze(id));
        assertThrows(Refusal.class, () -> draw.addObserver(id, "x", ObserverRole.NOTARY, "1"));
        draw.abort(id, "the hall lost power");
        assertEquals(SessionState.ABORTED, draw.session(id).state());
        assertEquals("the hall lost power", draw.session(id).abortReason());
        assertThrows(Refusal.class, () -> draw.commit(id, slip));
        assertFalse(Files.exists(slip));
    }

    @Test
    void sessionState_transitionTable_onlyForwardOrAbort_endStatesFinal() {
        for (SessionState s : SessionState.values()) {
            for (SessionState t : s.next()) {
                assertTrue(t == SessionState.ABORTED || t == SessionState.VOIDED || t.ordinal() == s.ordinal() + 1,
                        s + " -> " + t);
            }
        }
        // no quiet redraw: once drawn, only lock; once locked, only void
        assertEquals(java.util.Set.of(SessionState.LOCKED), SessionState.DRAWN.next());
        assertEquals(java.util.Set.of(SessionState.VOIDED), SessionState.LOCKED.next());
        assertEquals(java.util.Set.of(), SessionState.ABORTED.next());
        assertEquals(java.util.Set.of(), SessionState.VOIDED.next());
        assertEquals(java.util.Set.of(SessionState.PLANNED, SessionState.FROZEN, SessionState.COMMITTED,
                SessionState.REVEALED), SessionState.from(SessionState.ABORTED));
        assertThrows(IllegalArgumentException.class, () -> SessionState.of("finished"));
    }

    @Test
    void draw_afterReopeningWorkspace_returnsWhatWasStored_notANewDraw() throws Exception {
        long id = revealed();
        List<DrawnTarget> drawn = draw.draw(id);
        services.close();
        services = WorkspaceServices.open(dir.resolve("w.db"), TestWorkspace.CLOCK, () -> "抽签员", new I18n(Locale.ENGLISH));
        draw = services.draw();
        assertEquals(drawn, draw.targets(id), "the stored targets survive the reopening");
        assertEquals(drawn, draw.draw(id), "drawing again returns what was stored");
        // and what was stored is what the pure engine gives for the frozen lists and the seed
        var bundle = draw.proof(id);
        List<DrawResult.Target> engine = org.sortes.draw.DrawEngine.draw(bundle.proof().plan(), bundle.candidates(),
                bundle.pool(), bundle.proof().seed()).targets();
        assertEquals(engine.stream().map(t -> t.rank() + " " + t.id() + " " + t.ticket()).toList(),
                drawn.stream().map(t -> t.rank() + " " + t.subjectId() + " " + t.ticket()).toList());
    }

    @Test
    void draw_readsTheFrozenRegisterVersion_notTheCurrentOne() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        draw.freeze(id);
        long frozenVersion = draw.session(id).frozen().subjectsVersion();
        // the register changes after the freeze: a subject is retired and the inspectors change too
        var any = services.directory().query(org.sortes.directory.RegisterQuery.all(org.sortes.directory.Register.SUBJECTS)
                .page(0, 1)).rows().get(0);
        services.directory().retire(org.sortes.directory.Register.SUBJECTS, any.key());
        var inspector = services.directory().query(org.sortes.directory.RegisterQuery.all(
                org.sortes.directory.Register.INSPECTORS).page(0, 1)).rows().get(0);
        services.directory().retire(org.sortes.directory.Register.INSPECTORS, inspector.key());
        String secret = Sessions.commit(draw, id);
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, Sessions.DIGITS);
        draw.setBeacon(id, Sessions.BEACON);
        draw.reveal(id, secret);
        List<DrawnTarget> drawn = draw.draw(id);
        assertEquals(30, drawn.size());
        assertEquals(frozenVersion, draw.session(id).frozen().subjectsVersion());
        Path proof = dir.resolve("frozen.json");
        draw.exportProof(id, proof, false, Progress.NONE);
        assertValid(proof);
    }

    @Test
    void freezeAndDraw_cancelledBeforeTheyWrite_leaveTheSessionAsItWas() throws Exception {
        long id = draw.createPlan(Files.readString(DEMO_PLAN));
        Progress cancelled = new org.sortes.testutil.Cancelled();
        assertThrows(org.sortes.progress.CancelledException.class, () -> draw.freeze(id, cancelled));
        assertEquals(SessionState.PLANNED, draw.session(id).state());
        draw.freeze(id);
        String secret = Sessions.commit(draw, id);
        draw.addObserver(id, "张公证", ObserverRole.NOTARY, Sessions.DIGITS);
        draw.setBeacon(id, Sessions.BEACON);
        draw.reveal(id, secret);
        assertThrows(org.sortes.progress.CancelledException.class, () -> draw.draw(id, cancelled));
        assertEquals(SessionState.REVEALED, draw.session(id).state());
        assertEquals(List.of(), draw.targets(id));
        long[] last = {-1};
        List<Long> seen = new java.util.ArrayList<>();
        draw.draw(id, new Progress() {
            @Override
            public void update(long done, long total) {
                seen.add(done);
                last[0] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertFalse(seen.isEmpty(), "the draw reports progress");
        assertEquals(1000L, seen.get(seen.size() - 1));
    }

    @Test
    void lock_unstaffedTargetsNeedADecision() throws Exception {
        String plan = Files.readString(DEMO_PLAN).replace("\"membersPerDepartment\": 2", "\"membersPerDepartment\": 30");
        Sessions.Committed c = Sessions.committed(draw, plan);
        long id = c.id();
        draw.reveal(id, c.secret());
        List<DrawnTarget> unstaffed = draw.draw(id).stream().filter(t -> !t.staffed()).toList();
        assertFalse(unstaffed.isEmpty());
        Refusal undecided = assertThrows(Refusal.class, () -> draw.lock(id));
        assertEquals("draw.error.undecided", undecided.messageKey());
        for (DrawnTarget t : unstaffed) {
            draw.decide(id, t.rank(), "报请上级调派执法人员");
        }
        draw.lock(id);
        assertEquals(unstaffed.size(), draw.proof(id).proof().decisions().size());
        assertTrue(draw.targets(id).stream().filter(t -> !t.staffed()).allMatch(t -> t.decisionMade().isPresent()));
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
