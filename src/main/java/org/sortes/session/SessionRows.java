package org.sortes.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sortes.draw.DrawResult;
import org.sortes.store.DrawSessionRow;
import org.sortes.store.DrawStore;
import org.sortes.store.StoredTarget;

/** Store rows into the typed session model: the rows stay in this layer. */
final class SessionRows {
    private SessionRows() {
    }

    static DrawSession session(DrawSessionRow r, org.sortes.draw.DrawPlan plan) {
        DrawSession.Frozen frozen = r.candidatesDigest() == null ? null : new DrawSession.Frozen(r.subjectsVersion(),
                r.inspectorsVersion(), new Digest(r.candidatesDigest()), new Digest(r.inspectorsDigest()),
                r.candidateCount(), r.poolCount(), exclusions(r.exclusions()), r.stratumSizeList(), instant(r.frozenAt()),
                Digest.ofNullable(r.registerDigest()));
        DrawSession.Beacon beacon = r.beaconValue() == null ? null : new DrawSession.Beacon(r.beaconValue(),
                r.beaconSource());
        DrawSession.Reveal reveal = r.revealedAt() == null ? null : new DrawSession.Reveal(new Digest(r.secret()),
                instant(r.revealedAt()));
        return new DrawSession(r.id(), r.name(), instant(r.createdAt()), r.actor(), SessionState.of(r.state()),
                r.planJson(), new Digest(r.planDigest()), frozen, Digest.ofNullable(r.commitment()),
                instant(r.committedAt()), beacon, reveal, r.seed(), instant(r.drawnAt()), instant(r.lockedAt()),
                Digest.ofNullable(r.auditHead()), instant(r.abortedAt()), r.abortReason(), instant(r.voidedAt()),
                r.voidReason(), plan.protocol(), plan.beacon() == null ? null
                : new DrawSession.DeclaredBeacon(plan.beacon().source(), plan.beacon().reference()), r.rehearsal());
    }

    /** "OUT_OF_SCOPE=3;RETIRED=12" as stored at the freeze, in the order stored. */
    static Map<String, Integer> exclusions(String stored) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String part : stored.split(";")) {
                int eq = part.indexOf('=');
                out.put(part.substring(0, eq), Integer.valueOf(part.substring(eq + 1)));
            }
        }
        return out;
    }

    static Instant instant(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso).toInstant();
    }

    static Observer observer(DrawStore.ObserverRow o) {
        return new Observer(o.seq(), o.name(), ObserverRole.parse(o.role()).orElseThrow(
                () -> new IllegalStateException("unknown observer role \"" + o.role() + "\" in the workspace")),
                o.digits(), instant(o.enteredAt()), o.organisation(), o.method());
    }

    static DrawnTarget target(StoredTarget t) {
        DrawResult.Target decoded = TargetCodec.target(t);
        List<DrawnTarget.TeamMember> team = decoded.team().stream()
                .map(m -> new DrawnTarget.TeamMember(m.certificateNo(), m.name(), m.department())).toList();
        DrawnTarget.Shortfall shortfall = decoded.shortfall() == null ? null : new DrawnTarget.Shortfall(
                decoded.shortfall().department(), decoded.shortfall().eligible(), decoded.shortfall().needed());
        return new DrawnTarget(t.rank(), t.subjectId(), t.stratum(), t.region(), t.ticket(), team, shortfall,
                t.decision(), instant(t.decidedAt()));
    }
}
