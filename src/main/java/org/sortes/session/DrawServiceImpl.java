package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sortes.audit.AuditLog;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.InspectionItem;
import org.sortes.directory.Register;
import org.sortes.draw.CanonicalLists;
import org.sortes.draw.DrawEngine;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Proof;
import org.sortes.progress.Progress;
import org.sortes.draw.Protocol;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawSessionRow;
import org.sortes.store.DrawStore;
import org.sortes.store.StoredTarget;

/** Draw sessions on a SQLite workspace. */
public final class DrawServiceImpl implements DrawService {
    private final DirectoryStore directory;
    private final DrawStore sessions;
    private final Clock clock;
    private final Supplier<String> actor;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final org.sortes.i18n.I18n i18n;
    private final java.security.SecureRandom random;
    private final Freezing freezing;
    /**
     * The attached proof's digest of each locked or voided session met so far: its proof can no longer
     * change, and for tens of thousands of targets it is a proof of megabytes to rebuild, serialise and
     * hash for every document and every refresh of the audience display after the lock. Kept with the
     * state (in the proof: a void gives another digest) and the audit chain's head stored at the lock,
     * which tells this lock from any other of the same session number (a workspace restored from a
     * backup may have run that session again).
     */
    private final Map<Long, SettledDigest> settledDigests = new java.util.concurrent.ConcurrentHashMap<>();

    private record SettledDigest(String state, String lockHead, Digest digest) {
        boolean of(DrawSessionRow row) {
            return state.equals(row.state()) && lockHead.equals(row.auditHead());
        }
    }
    private java.util.function.LongConsumer afterLock = id -> { };

    public DrawServiceImpl(DirectoryStore directory, DrawStore sessions, Clock clock, Supplier<String> actor,
                           ObjectMapper json, AuditLog audit, org.sortes.i18n.I18n i18n,
                           java.security.SecureRandom random) {
        this.directory = directory;
        this.sessions = sessions;
        this.clock = clock;
        this.actor = actor;
        this.json = json;
        this.audit = audit;
        this.i18n = i18n;
        this.random = random;
        this.freezing = new Freezing(directory, sessions, json);
    }

    /** Refuses unless the session is in one of the states (in the user's language). */
    private DrawSessionRow require(long id, SessionState... allowed) {
        DrawSessionRow row = row(id);
        SessionState state = SessionState.of(row.state());
        if (!java.util.Arrays.asList(allowed).contains(state)) {
            throw wrongState(row, allowed[0]);
        }
        return row;
    }

    /** "session #3 is frozen; this step needs it committed", in the user's language. */
    private Refusal wrongState(DrawSessionRow row, SessionState needed) {
        SessionState state = SessionState.of(row.state());
        return new Refusal("draw.error.wrongState", row.id(), i18n.get(state.messageKey()), i18n.get(needed.messageKey()));
    }

    /** The store's guard for a move of the transition table (which must allow it). */
    private static DrawStore.StateChange change(SessionState to) {
        Set<String> from = new java.util.TreeSet<>();
        SessionState.from(to).forEach(s -> from.add(s.code()));
        return new DrawStore.StateChange(from, to.code());
    }

    @Override
    public PlanPreview preview(String planJson, Progress progress) {
        DrawPlan plan = PlanJson.forNewSession(json, planJson, this::departmentsOf);
        return freezing.preview(plan, directory.currentVersion(Register.SUBJECTS),
                directory.currentVersion(Register.INSPECTORS), java.time.LocalDate.now(clock), progress);
    }

    @Override
    public long createPlan(String planJson) {
        return create(planJson, false);
    }

    @Override
    public long createRehearsal(String planJson) {
        return create(planJson, true);
    }

    private long create(String planJson, boolean rehearsal) {
        DrawPlan plan = PlanJson.forNewSession(json, planJson, this::departmentsOf);
        return sessions.create(plan.name(), now(), actor.get(), SessionState.PLANNED.code(), plan.canonicalJson(),
                plan.digest(), rehearsal,
                id -> audit.event("plan.create", id, AuditLog.payload("name", plan.name(), "planDigest", plan.digest(),
                        "plan", plan.canonicalJson(), "rehearsal", rehearsal)));
    }

    /** The department of each named item; every item must be in the current list. */
    private java.util.Map<String, String> departmentsOf(List<String> items) {
        java.util.Map<String, String> departments = new java.util.LinkedHashMap<>();
        for (String code : items) {
            DirectoryRecord r = directory.find(Register.ITEMS, code).filter(x -> !x.retired()).orElseThrow(
                    () -> new PlanJson.PlanException("unknownItem", "items: \"" + code + "\" is not in the current"
                            + " spot-check item list", code));
            departments.put(code, InspectionItem.from(r).department());
        }
        return departments;
    }

    /** Every stored row, for the other services of this layer. */
    List<DrawSessionRow> rows() {
        return sessions.list();
    }

    /** The stored row, for the other services of this layer. */
    DrawSessionRow row(long id) {
        return sessions.get(id).orElseThrow(() -> new Refusal("draw.error.noSession", id));
    }

    @Override
    public DrawSession session(long id) {
        DrawSessionRow row = row(id);
        return SessionRows.session(row, plan(row));
    }

    @Override
    public List<DrawSession> sessions() {
        return sessions.list().stream().map(r -> SessionRows.session(r, plan(r))).toList();
    }

    private DrawPlan plan(DrawSessionRow row) {
        return PlanJson.stored(json, row.planJson());
    }

    private Freezing.Frozen derive(DrawPlan plan, long sessionId, long subjectsVersion, long inspectorsVersion,
                                   long drawnBasis, Progress progress) {
        return freezing.derive(plan, sessionId, subjectsVersion, inspectorsVersion, drawnBasis, progress, line -> { });
    }

    /** Re-derives a frozen session's lists and checks them against the stored digests. */
    private Freezing.Frozen frozen(DrawSessionRow row, Progress progress) {
        if (row.candidatesDigest() == null) {
            throw wrongState(row, SessionState.FROZEN);
        }
        Freezing.Frozen f = derive(plan(row), row.id(), row.subjectsVersion(), row.inspectorsVersion(), basis(row), progress);
        if (!f.candidatesDigest().equals(row.candidatesDigest()) || !f.inspectorsDigest().equals(row.inspectorsDigest())
                || !java.util.Objects.equals(f.registerDigest(), row.registerDigest())) {
            throw new Refusal("draw.error.listsAltered", row.id());
        }
        return f;
    }

    @Override
    public FreezeReport freeze(long id, Progress progress) {
        DrawSessionRow row = require(id, SessionState.PLANNED);
        DrawPlan plan = plan(row);
        long subjectsVersion = directory.currentVersion(Register.SUBJECTS);
        long inspectorsVersion = directory.currentVersion(Register.INSPECTORS);
        String frozenAt = now();
        long basis = sessions.drawnBasis();
        Freezing.Frozen f = derive(plan, id, subjectsVersion, inspectorsVersion, basis, progress);
        List<Integer> sizes = java.util.Arrays.stream(f.candidates().stratumSizes()).boxed().toList();
        List<Integer> samples = plan.sampleSizes(sizes);
        String exclusions = f.candidates().excluded().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(";"));
        sessions.freeze(id, change(SessionState.FROZEN), subjectsVersion, inspectorsVersion, f.candidatesDigest(), f.inspectorsDigest(),
                f.candidates().candidates().size(), f.pool().size(), f.registerDigest(), basis, exclusions,
                sizes.stream().map(String::valueOf).collect(Collectors.joining(",")), frozenAt, StoredLists.deflate(f),
                audit.event("freeze", id, AuditLog.payload("subjectsVersion", subjectsVersion,
                        "inspectorsVersion", inspectorsVersion, "registerDigest", String.valueOf(f.registerDigest()),
                        "candidates", f.candidates().candidates().size(),
                        "candidatesDigest", f.candidatesDigest(), "pool", f.pool().size(),
                        "inspectorsDigest", f.inspectorsDigest(), "excluded", exclusions, "stratumSizes", sizes)));
        long qualified = f.pool().stream().filter(p -> p.qualifiedOn(plan.sessionDate())).count();
        java.util.Map<String, Integer> excluded = new java.util.LinkedHashMap<>();
        f.candidates().excluded().forEach((why, n) -> excluded.put(why.name(), n));
        return new FreezeReport(f.candidates().candidates().size(), excluded,
                plan.strata().stream().map(DrawPlan.Stratum::name).toList(), sizes, samples, f.pool().size(), qualified,
                new Digest(plan.digest()), new Digest(f.candidatesDigest()), new Digest(f.inspectorsDigest()),
                f.registerDigest() == null ? null : new Digest(f.registerDigest()));
    }

    /**
     * Writes the lists stored at the freeze to the two files, each checked against its frozen digest;
     * false (nothing written) for a session frozen before lists were stored: derive them then.
     */
    boolean writeFrozenLists(long id, Path candidates, Path inspectors) throws IOException {
        DrawSessionRow row = drawnRow(id);
        StoredLists.Read lists = StoredLists.readWithStored(sessions, row);
        if (lists == null) {
            return false;
        }
        java.nio.file.Files.write(candidates, lists.inflated()[0]);
        java.nio.file.Files.write(inspectors, lists.inflated()[1]);
        // and beside each, the stored zlib stream it came from, for a document to embed as it is
        java.nio.file.Files.write(zlibBeside(candidates), lists.stored()[0]);
        java.nio.file.Files.write(zlibBeside(inspectors), lists.stored()[1]);
        return true;
    }

    /** Where the zlib stream of a list file written by writeFrozenLists lies (when it does). */
    static Path zlibBeside(Path list) {
        return list.resolveSibling(list.getFileName() + ".zlib");
    }

    /** The lists a draw reads: candidates and inspectors. */
    private record DrawLists(List<org.sortes.draw.Candidate> candidates, List<org.sortes.draw.PoolInspector> pool) {
    }

    /**
     * The lists for the draw: those stored at the freeze, checked against its digests (the bytes that
     * were committed to, read back exactly as a verifier reads them); derived from the register again for
     * a session frozen before lists were stored.
     */
    private DrawLists drawLists(DrawSessionRow row, Progress progress) {
        byte[][] stored = StoredLists.read(sessions, row);
        if (stored == null) {
            Freezing.Frozen f = frozen(row, progress);
            return new DrawLists(f.candidates().candidates(), f.pool());
        }
        progress.checkCancelled();
        DrawLists lists = new DrawLists(
                org.sortes.draw.CandidateList.fromCanonical(stored[0]),
                CanonicalLists.parseInspectors(new String(stored[1], java.nio.charset.StandardCharsets.UTF_8)));
        progress.update(1, 1);
        return lists;
    }

    private static Protocol.Digests digests(DrawSessionRow row) {
        return new Protocol.Digests(row.planDigest(), row.candidatesDigest(), row.inspectorsDigest(),
                row.registerDigest());
    }

    /** The audit basis of a freeze (protocol 1 sessions have none and count no earlier draws). */
    private static long basis(DrawSessionRow row) {
        return row.drawnBasis() == null ? 0 : row.drawnBasis();
    }

    /** The protocol version of a session: its plan's. */
    private int version(DrawSessionRow row) {
        return plan(row).version();
    }

    @Override
    public Digest commit(long id, Path slip) {
        DrawSessionRow row = require(id, SessionState.FROZEN);
        String secret = Protocol.newSecret(random);
        // the slip is written before anything is stored: no commitment without a kept secret
        SecretSlip.write(slip, secret);
        try {
            String commitment = Protocol.commitment(version(row), digests(row), secret);
            // the secret itself never enters the log
            sessions.commit(id, change(SessionState.COMMITTED), commitment, now(), audit.event("commit", id,
                    AuditLog.payload("commitment", commitment)));
            return new Digest(commitment);
        } catch (RuntimeException e) {
            SecretSlip.remove(slip, e); // no commitment stored: the slip must not look valid
            throw e;
        }
    }

    @Override
    public void addObserver(long id, String name, ObserverRole role, String organisation, String method,
                            String digits) {
        String who = WrittenText.checked(name, WrittenText.NAME);
        if (who == null) {
            throw new Refusal("draw.error.observerName");
        }
        String org = WrittenText.checked(organisation, WrittenText.SHORT);
        String how = WrittenText.checked(method, WrittenText.SHORT);
        if (role == null) {
            throw new Refusal("draw.error.role", ObserverRole.codes());
        }
        String d = digits == null ? "" : digits.replaceAll("[\\s,，]", "");
        if (d.length() > WrittenText.DIGITS) {
            throw new Refusal("draw.error.digitsLong", WrittenText.DIGITS, d.length()); // not echoed: it may be anything
        }
        if (!d.matches("[0-9]+")) {
            throw new Refusal("draw.error.digits", digits);
        }
        require(id, SessionState.COMMITTED);
        sessions.addObserver(id, SessionState.COMMITTED.code(), who, role.code(), org, how, d, now(),
                audit.event("entropy", id, AuditLog.payload("observer", who, "role", role.code(),
                        "organisation", org, "method", how, "digits", d)));
    }

    @Override
    public void setBeacon(long id, String value) {
        DrawSessionRow row = require(id, SessionState.COMMITTED);
        DrawPlan.DeclaredBeacon declared = plan(row).beacon();
        if (declared == null) {
            // a value chosen after the digits are known could be ground until the draw suits
            throw new Refusal("draw.error.beaconUndeclared", id);
        }
        String v;
        try {
            v = Protocol.beaconValue(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new Refusal("draw.error.beaconValue", declared.reference(), Protocol.MAX_BEACON_LENGTH);
        }
        if (row.beaconValue() != null) {
            throw new Refusal("draw.error.beaconTwice", id, row.beaconValue());
        }
        sessions.setBeacon(id, SessionState.COMMITTED.code(), v, declared.source(), audit.event("beacon", id,
                AuditLog.payload("value", v, "source", declared.source(), "reference", declared.reference())));
    }

    /**
     * The secret of a slip, for the sealed slip printed before the reveal: the session must still be
     * committed and the secret the one its commitment was made from (a slip of another session, or a
     * mistyped one, would seal the wrong secret in the notary's envelope). Nothing is recorded here.
     */
    @Override
    public String checkSecret(long id, String secretHex) {
        DrawSessionRow row = require(id, SessionState.COMMITTED);
        String secret = secretHex == null ? "" : secretHex.strip().toLowerCase(java.util.Locale.ROOT);
        if (!secret.matches("[0-9a-f]{64}")) {
            throw new Refusal("draw.error.secretFormat");
        }
        if (!Protocol.commitment(plan(row).version(), digests(row), secret).equals(row.commitment())) {
            throw new Refusal("slip.error.notThisSession", id);
        }
        return secret;
    }

    @Override
    public void reveal(long id, String secretHex) {
        DrawSessionRow row = require(id, SessionState.COMMITTED);
        String secret = secretHex == null ? "" : secretHex.strip().toLowerCase(java.util.Locale.ROOT);
        if (!secret.matches("[0-9a-f]{64}")) {
            throw new Refusal("draw.error.secretFormat");
        }
        int digits = Protocol.digitCount(sessions.observers(id).stream().map(DrawStore.ObserverRow::digits).toList());
        if (digits < Protocol.MIN_ENTROPY_DIGITS) {
            throw new Refusal("draw.error.tooFewDigits", digits, Protocol.MIN_ENTROPY_DIGITS);
        }
        DrawPlan plan = plan(row);
        if (plan.beacon() != null && row.beaconValue() == null) {
            throw new Refusal("draw.error.beaconFirst", plan.beacon().source(), plan.beacon().reference());
        }
        String expected = Protocol.commitment(plan.version(), digests(row), secret);
        if (!expected.equals(row.commitment())) {
            // the attempt is on record, the value typed is not (it may be a near miss of the secret)
            sessions.record(audit.event("reveal.refused", id, AuditLog.payload("commitment", row.commitment())));
            throw new CommitmentMismatchException(row.commitment(), id);
        }
        sessions.reveal(id, change(SessionState.REVEALED), secret, now(), audit.event("reveal", id,
                AuditLog.payload("secret", secret, "commitment", row.commitment())));
    }

    @Override
    public List<DrawnTarget> draw(long id, Progress progress) {
        DrawSessionRow row = require(id, SessionState.REVEALED, SessionState.DRAWN, SessionState.LOCKED);
        if (SessionState.of(row.state()).drawn()) {
            return targets(id);
        }
        DrawPlan plan = plan(row);
        // the lists first: read back from the freeze, or re-derived from the frozen versions for a session
        // frozen before they were stored (then most of the work); the draw itself is quick
        DrawLists f = drawLists(row, progress.part(0, 900));
        List<String> digits = sessions.observers(id).stream().map(DrawStore.ObserverRow::digits).toList();
        String seed = Protocol.seed(plan.version(), digests(row), row.secret(), digits, row.beaconValue());
        DrawResult result = DrawEngine.draw(plan, f.candidates(), f.pool(), seed);
        progress.update(950, 1000);
        progress.checkCancelled();
        List<StoredTarget> stored = new ArrayList<>();
        for (DrawResult.Target t : result.targets()) {
            stored.add(new StoredTarget(t.rank(), t.id(), t.stratum(), t.region(), t.ticket(), TargetCodec.team(t.team()),
                    TargetCodec.shortfall(t.shortfall()), null, null));
        }
        long unstaffed = result.targets().stream().filter(t -> !t.staffed()).count();
        sessions.saveDraw(id, change(SessionState.DRAWN), seed, stored, now(), audit.event("draw", id,
                AuditLog.payload("seed", seed, "seedHash", result.seedHash(), "targets", result.targets().size(),
                        "unstaffed", unstaffed, "result", StoredTarget.resultDigest(stored))));
        progress.update(1000, 1000);
        return targets(id);
    }

    private DrawResult stored(DrawSessionRow row, DrawPlan plan, List<StoredTarget> stored) {
        List<Integer> sizes = row.stratumSizeList();
        List<Integer> samples = plan.sampleSizes(sizes);
        List<DrawResult.Target> targets = stored.stream().map(TargetCodec::target).toList();
        return new DrawResult(org.sortes.draw.Sha256.hex(row.seed()), targets, sizes, samples);
    }

    @Override
    public void decide(long id, int rank, String decision) {
        String decided = WrittenText.checked(decision, WrittenText.STATEMENT);
        if (decided == null) {
            throw new Refusal("draw.error.decision");
        }
        require(id, SessionState.DRAWN);
        sessions.decide(id, SessionState.DRAWN.code(), rank, decided, now(), audit.event("decide", id,
                AuditLog.payload("rank", rank, "decision", decided)));
    }

    /** Something to do once a session is locked (the automatic backup). */
    public void afterLock(java.util.function.LongConsumer action) {
        this.afterLock = action;
    }

    @Override
    public Digest lock(long id) {
        require(id, SessionState.DRAWN);
        List<StoredTarget> open = sessions.targets(id).stream()
                .filter(t -> t.shortfall() != null && t.decision() == null).toList();
        if (!open.isEmpty()) {
            throw new Refusal("draw.error.undecided",
                    open.stream().map(t -> String.valueOf(t.rank())).collect(Collectors.joining(", ")));
        }
        String head = sessions.lock(id, change(SessionState.LOCKED), now(), audit.event("lock", id, AuditLog.payload()));
        afterLock.accept(id);
        return new Digest(head);
    }

    @Override
    public void abort(long id, String reason) {
        String why = WrittenText.checked(reason, WrittenText.STATEMENT);
        if (why == null) {
            throw new Refusal("draw.error.abortReason");
        }
        DrawSessionRow row = row(id);
        SessionState state = SessionState.of(row.state());
        if (!state.canMoveTo(SessionState.ABORTED)) {
            throw new Refusal("draw.error.cannotAbort", id, i18n.get(state.messageKey()));
        }
        sessions.abort(id, change(SessionState.ABORTED), why, now(), audit.event("abort", id,
                AuditLog.payload("reason", why, "stage", state.code())));
    }

    @Override
    public void voidSession(long id, String reason) {
        String why = WrittenText.checked(reason, WrittenText.STATEMENT);
        if (why == null) {
            throw new Refusal("draw.error.voidReason");
        }
        require(id, SessionState.LOCKED);
        sessions.voidSession(id, change(SessionState.VOIDED), why, now(), audit.event("void", id,
                AuditLog.payload("reason", why)));
    }

    @Override
    public List<Observer> observers(long id) {
        row(id);
        return sessions.observers(id).stream().map(SessionRows::observer).toList();
    }

    @Override
    public List<DrawnTarget> targets(long id) {
        row(id);
        return sessions.targets(id).stream().map(SessionRows::target).toList();
    }

    /** The stored targets, for the other services of this layer. */
    List<StoredTarget> storedTargets(long id) {
        row(id);
        return sessions.targets(id);
    }

    /** The stored observers, for the other services of this layer. */
    List<DrawStore.ObserverRow> observerRows(long id) {
        row(id);
        return sessions.observers(id);
    }

    @Override
    public ProofBundle proof(long id) {
        return proof(id, Progress.NONE);
    }

    @Override
    public ProofBundle proof(long id, Progress progress) {
        DrawSessionRow row = drawnRow(id);
        Freezing.Frozen f = frozen(row, progress);
        return new ProofBundle(id, storedProof(row), f.candidates().candidates(), f.pool(), row.rehearsal());
    }

    @Override
    public Digest proofDigest(long id) {
        DrawSessionRow row = drawnRow(id);
        return proofDigest(row, () -> storedProof(row));
    }

    /**
     * The SHA-256 of the proof as documents attach it (and print it), of the session in that row; the
     * proof is asked for only when no settled digest is kept.
     */
    Digest proofDigest(DrawSessionRow row, Supplier<Proof> proof) {
        SettledDigest settled = settledDigests.get(row.id());
        if (settled != null && settled.of(row)) {
            return settled.digest();
        }
        Digest digest = new Digest(ProofJson.sha256AsAttached(json, row.id(), row.rehearsal(), proof.get()));
        SessionState state = SessionState.of(row.state());
        if ((state == SessionState.LOCKED || state == SessionState.VOIDED) && row.auditHead() != null) {
            settledDigests.put(row.id(), new SettledDigest(row.state(), row.auditHead(), digest));
        }
        return digest;
    }

    @Override
    public Proof storedProof(long id) {
        return storedProof(drawnRow(id));
    }

    private DrawSessionRow drawnRow(long id) {
        DrawSessionRow row = row(id);
        if (!SessionState.of(row.state()).drawn()) {
            throw new Refusal("draw.error.proofBeforeDraw", id, i18n.get(SessionState.of(row.state()).messageKey()));
        }
        return row;
    }

    /** The proof of a drawn session as stored: plan, digests, commitment, observers, result, decisions. */
    private Proof storedProof(DrawSessionRow row) {
        long id = row.id();
        DrawPlan plan = plan(row);
        List<StoredTarget> stored = sessions.targets(id); // read once: ten thousand rows decoded cold take a while
        DrawResult result = stored(row, plan, stored);
        List<Proof.Observer> observers = sessions.observers(id).stream()
                .map(o -> new Proof.Observer(o.name(), o.role(), o.digits())).toList();
        List<Proof.Decision> decisions = stored.stream().filter(t -> t.decision() != null)
                .map(t -> new Proof.Decision(t.rank(), t.subjectId(), t.decision())).toList();
        return new Proof(plan.protocol(), plan, digests(row), row.commitment(), row.secret(), observers,
                row.beaconValue(), row.beaconSource(), row.seed(), result.stratumSizes(), result.sampleSizes(),
                result.targets(), decisions, row.state(), null);
    }

    @Override
    public List<Exported> exportProof(long id, Path target, boolean listsBeside, Progress progress) {
        ProofBundle bundle = proof(id, progress.part(0, 800));
        progress.checkCancelled();
        List<Exported> out = new ArrayList<>();
        for (ProofJson.Written w : ProofJson.writeAtomically(json, bundle, target, listsBeside)) {
            out.add(new Exported(w.file(), new Digest(w.sha256())));
        }
        // one transaction for the files' events: written together, recorded together
        sessions.record(c -> out.forEach(e -> audit.event("export", id, AuditLog.payload("what", "proof",
                "file", e.file().getFileName().toString(), "sha256", e.sha256().hex())).accept(c)));
        progress.update(1000, 1000);
        return out;
    }

    @Override
    public Exported exportRegister(long id, Path target, Progress progress) {
        DrawSessionRow row = row(id);
        if (row.registerDigest() == null) {
            throw new Refusal("draw.error.noRegister", id);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        String digest;
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(partial),
                    1 << 16)) {
                java.security.MessageDigest md = org.sortes.draw.Sha256.newDigest();
                freezing.derive(plan(row), id, row.subjectsVersion(), row.inspectorsVersion(), basis(row), progress, line -> {
                    byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    md.update(b);
                    try {
                        out.write(b);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                digest = java.util.HexFormat.of().formatHex(md.digest());
            }
            if (!digest.equals(row.registerDigest())) {
                throw new Refusal("draw.error.listsAltered", id);
            }
            java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new Refusal("draw.error.writeProof", target, e.getMessage());
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(partial);
            } catch (java.io.IOException ignored) {
                // nothing was promised under that name
            }
        }
        sessions.record(audit.event("export", id, AuditLog.payload("what", "register", "file",
                target.getFileName().toString(), "sha256", digest)));
        progress.update(1000, 1000);
        return new Exported(target, new Digest(digest));
    }

    @Override
    public void recordExport(long id, String what, String file, String sha256) {
        sessions.record(audit.event("export", id, AuditLog.payload("what", what, "file", file, "sha256", sha256)));
    }

    @Override
    public void recordDocument(long id, String what, String file, String sha256) {
        row(id);
        sessions.record(audit.event("document", id, AuditLog.payload("what", what, "file", file, "sha256", sha256)));
    }

    /** A document printed: which, on which printer, how many pages, and the SHA-256 of what was printed. */
    void recordPrint(long id, String what, String printer, int pages, String sha256) {
        row(id);
        sessions.record(audit.event("print", id, AuditLog.payload("what", what, "printer", printer, "pages", pages,
                "sha256", sha256)));
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).toString();
    }
}
