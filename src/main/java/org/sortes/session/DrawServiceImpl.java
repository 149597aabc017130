package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sortes.audit.AuditLog;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.InspectionItem;
import org.sortes.directory.Inspector;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.Register;
import org.sortes.draw.CanonicalLists;
import org.sortes.draw.DrawEngine;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.DrawResult;
import org.sortes.draw.PoolInspector;
import org.sortes.draw.Population;
import org.sortes.draw.Proof;
import org.sortes.draw.Protocol;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawSessionRow;
import org.sortes.store.DrawStore;
import org.sortes.store.StoreException;
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
    private java.util.function.LongConsumer afterLock = id -> { };

    public DrawServiceImpl(DirectoryStore directory, DrawStore sessions, Clock clock, Supplier<String> actor,
                           ObjectMapper json, AuditLog audit, org.sortes.i18n.I18n i18n) {
        this.directory = directory;
        this.sessions = sessions;
        this.clock = clock;
        this.actor = actor;
        this.json = json;
        this.audit = audit;
        this.i18n = i18n;
    }

    /** Entropy and the beacon are taken between the commitment and the reveal only. */
    private void requireCommitted(long id) {
        DrawSessionRow row = session(id);
        if (!"committed".equals(row.state())) {
            throw wrongState(row, "committed");
        }
    }

    /** "session #3 is frozen; this step needs it committed", in the user's language. */
    private StoreException wrongState(DrawSessionRow row, String needed) {
        return new StoreException(i18n.get("draw.error.wrongState", row.id(), i18n.get("state." + row.state()),
                i18n.get("state." + needed)));
    }

    @Override
    public long createPlan(String planJson) {
        DrawPlan plan = PlanJson.parse(json, planJson, this::departmentsOf);
        return sessions.create(plan.name(), now(), actor.get(), plan.canonicalJson(), plan.digest(),
                id -> audit.event("plan.create", id, AuditLog.payload("name", plan.name(), "planDigest", plan.digest(),
                        "plan", plan.canonicalJson())));
    }

    /** The departments of the named items; every item must be in the current list. */
    private List<String> departmentsOf(List<String> items) {
        Set<String> departments = new LinkedHashSet<>();
        for (String code : items) {
            DirectoryRecord r = directory.find(Register.ITEMS, code).filter(x -> !x.retired()).orElseThrow(
                    () -> new PlanJson.PlanException("unknownItem", "items: \"" + code + "\" is not in the current"
                            + " spot-check item list", code));
            departments.add(InspectionItem.from(r).department());
        }
        return List.copyOf(departments);
    }

    @Override
    public DrawSessionRow session(long id) {
        return sessions.get(id).orElseThrow(() -> new StoreException(i18n.get("draw.error.noSession", id)));
    }

    @Override
    public List<DrawSessionRow> sessions() {
        return sessions.list();
    }

    private DrawPlan plan(DrawSessionRow row) {
        return PlanJson.stored(json, row.planJson());
    }

    /** The frozen lists of a plan as of the given directory versions. */
    private Frozen derive(DrawPlan plan, long subjectsVersion, long inspectorsVersion) {
        Population.Builder builder = new Population.Builder(plan);
        directory.forEach(Register.SUBJECTS, subjectsVersion, r -> builder.add(MarketSubject.from(r)));
        Population.Candidates candidates = builder.build();
        List<Inspector> inspectors = new ArrayList<>();
        directory.forEach(Register.INSPECTORS, inspectorsVersion, r -> inspectors.add(Inspector.from(r)));
        List<PoolInspector> pool = Population.pool(inspectors, plan);
        return new Frozen(candidates, pool, CanonicalLists.candidatesDigest(candidates.candidates()),
                CanonicalLists.inspectorsDigest(pool));
    }

    private record Frozen(Population.Candidates candidates, List<PoolInspector> pool, String candidatesDigest,
                          String inspectorsDigest) {
    }

    /** Re-derives a frozen session's lists and checks them against the stored digests. */
    private Frozen frozen(DrawSessionRow row) {
        if (row.candidatesDigest() == null) {
            throw wrongState(row, "frozen");
        }
        Frozen f = derive(plan(row), row.subjectsVersion(), row.inspectorsVersion());
        if (!f.candidatesDigest().equals(row.candidatesDigest()) || !f.inspectorsDigest().equals(row.inspectorsDigest())) {
            throw new StoreException(i18n.get("draw.error.listsAltered", row.id()));
        }
        return f;
    }

    @Override
    public FreezeReport freeze(long id) {
        DrawSessionRow row = session(id);
        if (!"planned".equals(row.state())) {
            throw wrongState(row, "planned");
        }
        DrawPlan plan = plan(row);
        long subjectsVersion = directory.currentVersion(Register.SUBJECTS);
        long inspectorsVersion = directory.currentVersion(Register.INSPECTORS);
        Frozen f = derive(plan, subjectsVersion, inspectorsVersion);
        List<Integer> sizes = java.util.Arrays.stream(f.candidates().stratumSizes()).boxed().toList();
        List<Integer> samples = plan.sampleSizes(sizes);
        String exclusions = f.candidates().excluded().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(";"));
        sessions.freeze(id, subjectsVersion, inspectorsVersion, f.candidatesDigest(), f.inspectorsDigest(),
                f.candidates().candidates().size(), f.pool().size(), exclusions,
                sizes.stream().map(String::valueOf).collect(Collectors.joining(",")), now(),
                audit.event("freeze", id, AuditLog.payload("subjectsVersion", subjectsVersion,
                        "inspectorsVersion", inspectorsVersion, "candidates", f.candidates().candidates().size(),
                        "candidatesDigest", f.candidatesDigest(), "pool", f.pool().size(),
                        "inspectorsDigest", f.inspectorsDigest(), "excluded", exclusions, "stratumSizes", sizes)));
        long qualified = f.pool().stream().filter(p -> p.qualifiedOn(plan.sessionDate())).count();
        return new FreezeReport(f.candidates().candidates().size(), f.candidates().excluded(),
                plan.strata().stream().map(DrawPlan.Stratum::name).toList(), sizes, samples, f.pool().size(), qualified,
                new Protocol.Digests(plan.digest(), f.candidatesDigest(), f.inspectorsDigest()));
    }

    private static Protocol.Digests digests(DrawSessionRow row) {
        return new Protocol.Digests(row.planDigest(), row.candidatesDigest(), row.inspectorsDigest());
    }

    @Override
    public String commit(long id, String secretHex) {
        DrawSessionRow row = session(id);
        if (!"frozen".equals(row.state())) {
            throw wrongState(row, "frozen");
        }
        String commitment = Protocol.commitment(digests(row), secretHex);
        // the secret itself never enters the log
        sessions.commit(id, commitment, now(), audit.event("commit", id, AuditLog.payload("commitment", commitment)));
        return commitment;
    }

    @Override
    public void addObserver(long id, String name, String role, String digits) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(i18n.get("draw.error.observerName"));
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException(i18n.get("draw.error.role", String.join(", ", ROLES)));
        }
        String d = digits == null ? "" : digits.replaceAll("[\\s,，]", "");
        if (!d.matches("[0-9]+")) {
            throw new IllegalArgumentException(i18n.get("draw.error.digits", digits));
        }
        requireCommitted(id);
        sessions.addObserver(id, name.strip(), role, d, now(), audit.event("entropy", id,
                AuditLog.payload("observer", name.strip(), "role", role, "digits", d)));
    }

    @Override
    public void setBeacon(long id, String value, String source) {
        if (value == null || value.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException(i18n.get("draw.error.beacon"));
        }
        requireCommitted(id);
        sessions.setBeacon(id, value.strip(), source.strip(), audit.event("beacon", id,
                AuditLog.payload("value", value.strip(), "source", source.strip())));
    }

    @Override
    public void reveal(long id, String secretHex) {
        DrawSessionRow row = session(id);
        if (!"committed".equals(row.state())) {
            throw wrongState(row, "committed");
        }
        String secret = secretHex == null ? "" : secretHex.strip().toLowerCase(java.util.Locale.ROOT);
        Protocol.requireSecret(secret);
        int digits = Protocol.digitCount(sessions.observers(id).stream().map(DrawStore.ObserverRow::digits).toList());
        if (digits < Protocol.MIN_ENTROPY_DIGITS) {
            throw new IllegalStateException(i18n.get("draw.error.tooFewDigits", digits, Protocol.MIN_ENTROPY_DIGITS));
        }
        String expected = Protocol.commitment(digests(row), secret);
        if (!expected.equals(row.commitment())) {
            throw new CommitmentMismatchException(i18n.get("draw.error.commitmentMismatch", row.commitment(), id));
        }
        sessions.reveal(id, secret, now(), audit.event("reveal", id, AuditLog.payload("secret", secret,
                "commitment", row.commitment())));
    }

    @Override
    public DrawResult draw(long id) {
        DrawSessionRow row = session(id);
        if ("drawn".equals(row.state()) || "locked".equals(row.state())) {
            return stored(row);
        }
        if (!"revealed".equals(row.state())) {
            throw wrongState(row, "revealed");
        }
        DrawPlan plan = plan(row);
        Frozen f = frozen(row);
        List<String> digits = sessions.observers(id).stream().map(DrawStore.ObserverRow::digits).toList();
        String seed = Protocol.seed(digests(row), row.secret(), digits, row.beaconValue());
        DrawResult result = DrawEngine.draw(plan, f.candidates().candidates(), f.pool(), seed);
        List<StoredTarget> stored = new ArrayList<>();
        for (DrawResult.Target t : result.targets()) {
            stored.add(new StoredTarget(t.rank(), t.id(), t.stratum(), t.region(), t.ticket(), TargetCodec.team(t.team()),
                    TargetCodec.shortfall(t.shortfall()), null, null));
        }
        long unstaffed = result.targets().stream().filter(t -> !t.staffed()).count();
        sessions.saveDraw(id, seed, stored, now(), audit.event("draw", id, AuditLog.payload("seed", seed,
                "seedHash", result.seedHash(), "targets", result.targets().size(), "unstaffed", unstaffed,
                "result", org.sortes.draw.Sha256.hex(stored.stream().map(t -> t.rank() + "\t" + t.subjectId() + "\t"
                        + t.ticket() + "\t" + t.team().replace("\n", ";")).collect(Collectors.joining("\n"))))));
        return result;
    }

    private DrawResult stored(DrawSessionRow row) {
        DrawPlan plan = plan(row);
        List<Integer> sizes = row.stratumSizeList();
        List<Integer> samples = plan.sampleSizes(sizes);
        List<DrawResult.Target> targets = sessions.targets(row.id()).stream().map(TargetCodec::target).toList();
        return new DrawResult(org.sortes.draw.Sha256.hex(row.seed()), targets, sizes, samples);
    }

    @Override
    public void decide(long id, int rank, String decision) {
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException(i18n.get("draw.error.decision"));
        }
        DrawSessionRow row = session(id);
        if (!"drawn".equals(row.state())) {
            throw wrongState(row, "drawn");
        }
        sessions.decide(id, rank, decision.strip(), now(), audit.event("decide", id,
                AuditLog.payload("rank", rank, "decision", decision.strip())));
    }

    /** Something to do once a session is locked (the automatic backup). */
    public void afterLock(java.util.function.LongConsumer action) {
        this.afterLock = action;
    }

    @Override
    public void lock(long id) {
        DrawSessionRow row = session(id);
        List<StoredTarget> open = sessions.targets(id).stream()
                .filter(t -> t.shortfall() != null && t.decision() == null).toList();
        if (!open.isEmpty() && "drawn".equals(row.state())) {
            throw new IllegalStateException(i18n.get("draw.error.undecided",
                    open.stream().map(t -> String.valueOf(t.rank())).collect(Collectors.joining(", "))));
        }
        sessions.lock(id, now(), audit.event("lock", id, AuditLog.payload()), c -> {
            try {
                return AuditLog.head(c);
            } catch (java.sql.SQLException e) {
                throw new StoreException("cannot read the audit chain head: " + e.getMessage(), e);
            }
        });
        afterLock.accept(id);
    }

    @Override
    public void abort(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(i18n.get("draw.error.abortReason"));
        }
        DrawSessionRow row = session(id);
        if ("locked".equals(row.state()) || "aborted".equals(row.state())) {
            throw new StoreException(i18n.get("draw.error.cannotAbort", id, i18n.get("state." + row.state())));
        }
        sessions.abort(id, reason.strip(), now(), audit.event("abort", id, AuditLog.payload("reason", reason.strip())));
    }

    @Override
    public List<DrawStore.ObserverRow> observers(long id) {
        session(id);
        return sessions.observers(id);
    }

    @Override
    public List<org.sortes.store.StoredTarget> targets(long id) {
        session(id);
        return sessions.targets(id);
    }

    @Override
    public ProofBundle proof(long id) {
        DrawSessionRow row = session(id);
        if (!"drawn".equals(row.state()) && !"locked".equals(row.state())) {
            throw new StoreException(i18n.get("draw.error.proofBeforeDraw", id, i18n.get("state." + row.state())));
        }
        DrawPlan plan = plan(row);
        Frozen f = frozen(row);
        DrawResult result = stored(row);
        List<Proof.Observer> observers = sessions.observers(id).stream()
                .map(o -> new Proof.Observer(o.name(), o.role(), o.digits())).toList();
        Proof proof = new Proof(Protocol.VERSION, plan, digests(row), row.commitment(), row.secret(), observers,
                row.beaconValue(), row.beaconSource(), row.seed(), result.stratumSizes(), result.sampleSizes(),
                result.targets());
        List<String> decisions = sessions.targets(id).stream().filter(t -> t.decision() != null)
                .map(t -> t.rank() + " " + t.subjectId() + ": " + t.decision()).toList();
        return new ProofBundle(id, row.state(), proof, f.candidates().candidates(), f.pool(), decisions);
    }

    @Override
    public void recordExport(long id, String what, String file, String sha256) {
        sessions.record(audit.event("export", id, AuditLog.payload("what", what, "file", file, "sha256", sha256)));
    }

    @Override
    public void recordDocument(long id, String what, String file, String sha256) {
        session(id);
        sessions.record(audit.event("document", id, AuditLog.payload("what", what, "file", file, "sha256", sha256)));
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).toString();
    }

}
