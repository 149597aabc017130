package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sortes.directory.Register;
import org.sortes.documents.QrMatrix;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.Protocol;
import org.sortes.draw.Sha256;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawSessionRow;
import org.sortes.store.DrawStore;
import org.sortes.store.StoredTarget;

/** Builds the audience snapshot from the session's facts, field by field. */
public final class AudienceServiceImpl implements AudienceService {
    private final DrawServiceImpl draw;
    private final DirectoryStore directory;
    private final ObjectMapper json;

    public AudienceServiceImpl(DrawServiceImpl draw, DirectoryStore directory, ObjectMapper json) {
        this.draw = draw;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public AudienceSnapshot snapshot(long id) {
        DrawSessionRow row = draw.row(id);
        DrawPlan plan = PlanJson.stored(json, row.planJson());
        SessionState state = SessionState.of(row.state());
        AudienceSnapshot.Digests digests = row.candidatesDigest() == null ? null : new AudienceSnapshot.Digests(
                new Digest(row.planDigest()), new Digest(row.candidatesDigest()), new Digest(row.inspectorsDigest()),
                Digest.ofNullable(row.registerDigest()));
        List<DrawStore.ObserverRow> observerRows = draw.observerRows(id);
        List<AudienceSnapshot.Contribution> observers = observerRows.stream()
                .map(o -> new AudienceSnapshot.Contribution(o.name(),
                        ObserverRole.parse(o.role()).orElse(ObserverRole.OTHER), o.organisation(), o.digits())).toList();
        int digits = Protocol.digitCount(observerRows.stream().map(DrawStore.ObserverRow::digits).toList());
        AudienceSnapshot.Beacon beacon = plan.beacon() == null ? null : new AudienceSnapshot.Beacon(
                plan.beacon().source(), plan.beacon().reference(), row.beaconValue());
        // the secret only once revealed, and then with the check made again here, not taken on trust
        AudienceSnapshot.Reveal reveal = row.revealedAt() == null ? null : new AudienceSnapshot.Reveal(
                new Digest(row.secret()), Protocol.commitment(plan.version(), new Protocol.Digests(row.planDigest(),
                row.candidatesDigest(), row.inspectorsDigest(), row.registerDigest()), row.secret())
                .equals(row.commitment()));
        List<AudienceSnapshot.Stratum> strata = new ArrayList<>();
        List<Integer> sizes = row.stratumSizeList();
        List<Integer> samples = plan.sampleSizes(sizes);
        for (int s = 0; s < sizes.size(); s++) {
            strata.add(new AudienceSnapshot.Stratum(plan.strata().get(s).shownName(), sizes.get(s), samples.get(s)));
        }
        List<AudienceSnapshot.Target> targets = state.drawn() ? targets(row, plan) : List.of();
        Digest proof = null;
        List<String> code = List.of();
        if (state == SessionState.LOCKED || state == SessionState.VOIDED) {
            proof = draw.proofDigest(id);
            code = QrMatrix.of("sortes session " + id + " proof sha256 " + proof.hex());
        }
        return new AudienceSnapshot(id, row.name(), plan.departments(), plan.sessionDate(), row.rehearsal(), state,
                digests, Digest.ofNullable(row.commitment()), observers,
                Math.max(0, Protocol.MIN_ENTROPY_DIGITS - digits), beacon, reveal,
                row.seed() == null ? null : new Digest(Sha256.hex(row.seed())), strata, targets, proof, code,
                EarlierSessions.of(draw, json, row, plan).stream().map(e -> new AudienceSnapshot.Earlier(e.sessionId(),
                        e.name(), e.stage(), e.status(), e.reason())).toList());
    }

    private List<AudienceSnapshot.Target> targets(DrawSessionRow row, DrawPlan plan) {
        List<StoredTarget> stored = draw.storedTargets(row.id());
        Set<String> ids = new HashSet<>();
        stored.forEach(t -> ids.add(t.subjectId()));
        // only the registered name of each drawn subject is read: nothing else of the record (whole records of
        // 30,000 targets were also much of what the collector copied in one pause at the end of the draw)
        Map<String, String> names = directory.findField(Register.SUBJECTS, row.subjectsVersion(), ids, "name");
        List<AudienceSnapshot.Target> out = new ArrayList<>();
        for (StoredTarget t : stored) {
            DrawnTarget target = SessionRows.target(t);
            String name = names.get(t.subjectId());
            List<String> team = target.team().stream().map(m -> (m.name() == null ? "" : m.name()) + " "
                    + m.certificateNo()).toList();
            String ticket = t.ticket().substring(0, Math.min(t.ticket().length(), 2 + AudienceSnapshot.TICKET_DIGITS));
            out.add(new AudienceSnapshot.Target(t.rank(), plan.strata().get(t.stratum()).shownName(),
                    name == null ? "" : name, t.subjectId(), ticket, team, target.staffed()));
        }
        return out;
    }
}
