package org.sortes.draw;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-derives a draw from its proof and lists: digests, commitment, seed, targets and teams, and
 * checks every other member the proof states against what it can be derived from. The first
 * difference found is reported in words; nothing is taken from the proof on trust. Members that
 * nothing can recompute (observer names, the session's id) are bound by the proof's own SHA-256,
 * which the minutes print (docs/protocol.md, section 9).
 */
public final class Verifier {

    /**
     * VALID, or INVALID with the first difference: in English words, and as a code with its values
     * so that a caller can say the same in the user's language (message key "verify." + code).
     */
    public record Verdict(boolean valid, String firstDifference, String code, List<String> args) {
        public Verdict {
            args = args == null ? List.of() : List.copyOf(args);
        }

        static Verdict ok() {
            return new Verdict(true, null, null, List.of());
        }

        static Verdict bad(String code, String why, Object... args) {
            return new Verdict(false, why, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    /**
     * The two lists as read, each with the SHA-256 of its bytes (the digest a list file beside the
     * proof is named with is in {@link Proof#stated()}).
     */
    public record Lists(List<Candidate> candidates, String candidatesSha256, List<PoolInspector> pool,
                        String inspectorsSha256) {
    }

    private Verifier() {
    }

    public static Verdict verify(Proof proof, Lists lists) {
        int version = proof.version();
        if (version == 0) {
            return Verdict.bad("protocol", "protocol version is " + proof.protocol() + ", this verifier knows "
                    + Protocol.VERSION_1 + " and " + Protocol.VERSION_2, proof.protocol(), Protocol.VERSION_2);
        }
        if (proof.plan().version() != version) {
            return Verdict.bad("planVersion", "the plan is written for " + proof.plan().protocol() + " but the proof is "
                    + proof.protocol(), proof.plan().protocol(), proof.protocol());
        }
        Verdict v = digests(proof, lists);
        if (v == null) {
            v = secretAndSeed(proof, version);
        }
        if (v == null && version >= 2) {
            v = statedMembers(proof);
        }
        if (v == null) {
            v = redraw(proof, lists, version);
        }
        if (v == null && version >= 2) {
            v = decisions(proof);
        }
        return v == null ? Verdict.ok() : v;
    }

    private static Verdict digests(Proof proof, Lists lists) {
        String planDigest = proof.plan().digest();
        if (!planDigest.equals(proof.digests().plan())) {
            return Verdict.bad("planDigest", "plan digest: the plan hashes to " + planDigest + " but the proof states "
                    + proof.digests().plan(), planDigest, proof.digests().plan());
        }
        if (!proof.plan().departmentsMatchItems()) {
            return Verdict.bad("departments", "departments: the plan's items give "
                    + DrawPlan.departmentsOf(proof.plan().itemDepartments()) + " but the plan states "
                    + proof.plan().departments(), DrawPlan.departmentsOf(proof.plan().itemDepartments()),
                    proof.plan().departments());
        }
        Proof.Stated stated = proof.version() >= 2 ? proof.stated() : null; // protocol 1 did not check them
        if (stated != null && stated.candidatesFileSha256() != null
                && !stated.candidatesFileSha256().equals(lists.candidatesSha256())) {
            return Verdict.bad("candidatesFile", "candidate list file: it hashes to " + lists.candidatesSha256()
                    + " but the proof names " + stated.candidatesFileSha256(), lists.candidatesSha256(),
                    stated.candidatesFileSha256());
        }
        if (stated != null && stated.inspectorsFileSha256() != null
                && !stated.inspectorsFileSha256().equals(lists.inspectorsSha256())) {
            return Verdict.bad("inspectorsFile", "inspector list file: it hashes to " + lists.inspectorsSha256()
                    + " but the proof names " + stated.inspectorsFileSha256(), lists.inspectorsSha256(),
                    stated.inspectorsFileSha256());
        }
        if (!lists.candidatesSha256().equals(proof.digests().candidates())) {
            return Verdict.bad("candidatesDigest", "candidate list digest: the list hashes to " + lists.candidatesSha256()
                    + " but the proof states " + proof.digests().candidates(), lists.candidatesSha256(),
                    proof.digests().candidates());
        }
        if (!lists.inspectorsSha256().equals(proof.digests().inspectors())) {
            return Verdict.bad("inspectorsDigest", "inspector list digest: the list hashes to "
                    + lists.inspectorsSha256() + " but the proof states " + proof.digests().inspectors(),
                    lists.inspectorsSha256(), proof.digests().inspectors());
        }
        List<Candidate> candidates = lists.candidates();
        for (int i = 1; i < candidates.size(); i++) {
            if (CodePoints.compare(candidates.get(i - 1).id(), candidates.get(i).id()) >= 0) {
                return Verdict.bad("unsorted", "candidate list is not sorted by id without repeats at line " + (i + 1),
                        i + 1);
            }
        }
        List<PoolInspector> pool = lists.pool();
        for (int i = 1; i < pool.size(); i++) {
            if (CodePoints.compare(pool.get(i - 1).certificateNo(), pool.get(i).certificateNo()) >= 0) {
                return Verdict.bad("unsortedPool", "inspector list is not sorted by certificate number without repeats"
                        + " at line " + (i + 1), i + 1);
            }
        }
        return null;
    }

    private static Verdict secretAndSeed(Proof proof, int version) {
        String commitment;
        try {
            commitment = Protocol.commitment(version, proof.digests(), proof.secret());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("secret", "secret: " + e.getMessage(), e.getMessage());
        }
        if (!commitment.equals(proof.commitment())) {
            return Verdict.bad("commitment", "commitment: the secret and digests give " + commitment
                    + " but the proof states " + proof.commitment(), commitment, proof.commitment());
        }
        int digits = Protocol.digitCount(proof.digitGroups());
        if (digits < Protocol.MIN_ENTROPY_DIGITS) {
            return Verdict.bad("fewDigits", "entropy: only " + digits + " observer digits, at least "
                    + Protocol.MIN_ENTROPY_DIGITS + " are required", digits, Protocol.MIN_ENTROPY_DIGITS);
        }
        if (version >= 2) {
            Verdict beacon = beacon(proof);
            if (beacon != null) {
                return beacon;
            }
        }
        String seed;
        try {
            seed = Protocol.seed(version, proof.digests(), proof.secret(), proof.digitGroups(), proof.beaconValue());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("entropy", "entropy: " + e.getMessage(), e.getMessage());
        }
        if (!seed.equals(proof.seed())) {
            return Verdict.bad("seed", "seed: recomputed as " + seed + " but the proof states " + proof.seed(), seed,
                    proof.seed());
        }
        return null;
    }

    /** Protocol 2: a beacon only if the plan declared one, then from that source and never empty. */
    private static Verdict beacon(Proof proof) {
        DrawPlan.DeclaredBeacon declared = proof.plan().beacon();
        if (declared == null && proof.beaconValue() != null) {
            return Verdict.bad("beaconUndeclared", "beacon: the plan declares none but the proof has "
                    + proof.beaconValue(), proof.beaconValue());
        }
        if (declared != null && proof.beaconValue() == null) {
            return Verdict.bad("beaconMissing", "beacon: the plan declares " + declared.source() + " ("
                    + declared.reference() + ") but the proof has no value", declared.source(), declared.reference());
        }
        String reference = proof.stated() == null ? null : proof.stated().beaconReference();
        if (declared != null && (!declared.source().equals(proof.beaconSource())
                || !declared.reference().equals(reference))) {
            return Verdict.bad("beaconSource", "beacon: the plan declares " + declared.source() + " ("
                    + declared.reference() + ") but the proof names " + proof.beaconSource() + " (" + reference + ")",
                    declared.source() + " (" + declared.reference() + ")", proof.beaconSource() + " (" + reference + ")");
        }
        if (proof.beaconValue() != null) {
            // the proof holds the value as it was entered (section 5): nothing for the seed to clean
            String entered;
            try {
                entered = Protocol.beaconValue(proof.beaconValue());
            } catch (IllegalArgumentException e) {
                entered = null;
            }
            if (!proof.beaconValue().equals(entered)) {
                return Verdict.bad("beaconValue", "beacon: the value \"" + proof.beaconValue() + "\" is not one the"
                        + " entry leaves (1 to 200 printable ASCII characters, no space at either end)",
                        proof.beaconValue());
            }
        }
        return null;
    }

    /** Protocol 2: what the proof repeats is what it is derived from; observers are well-formed. */
    private static Verdict statedMembers(Proof proof) {
        Proof.Stated stated = proof.stated();
        if (stated == null) {
            return Verdict.bad("stated", "the proof lacks its seed hash and stratum names");
        }
        String seedHash = Sha256.hex(proof.seed());
        if (!seedHash.equals(stated.seedHash())) {
            return Verdict.bad("seedHash", "seed hash: the seed hashes to " + seedHash + " but the proof states "
                    + stated.seedHash(), seedHash, stated.seedHash());
        }
        List<String> names = proof.plan().strata().stream().map(DrawPlan.Stratum::name).toList();
        if (!names.equals(stated.stratumNames())) {
            return Verdict.bad("stratumNames", "strata: the plan names " + names + " but the proof states "
                    + stated.stratumNames(), names, stated.stratumNames());
        }
        for (int i = 0; i < proof.observers().size(); i++) {
            Proof.Observer o = proof.observers().get(i);
            if (!Proof.ROLES.contains(o.role()) || o.name() == null || o.name().isBlank()) {
                return Verdict.bad("observer", "observer " + (i + 1) + ": role " + o.role() + " or name is not valid",
                        i + 1, o.role());
            }
        }
        if (!Proof.STATES.contains(proof.sessionState())) {
            return Verdict.bad("state", "session state " + proof.sessionState() + " is not one a proof is made in",
                    proof.sessionState());
        }
        return null;
    }

    private static Verdict redraw(Proof proof, Lists lists, int version) {
        DrawResult again;
        try {
            again = DrawEngine.draw(proof.plan(), lists.candidates(), lists.pool(), proof.seed());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("lists", "lists: " + e.getMessage(), e.getMessage());
        }
        if (!again.stratumSizes().equals(proof.stratumSizes())) {
            return Verdict.bad("stratumSizes", "stratum sizes: the lists give " + again.stratumSizes()
                    + " but the proof states " + proof.stratumSizes(), again.stratumSizes(), proof.stratumSizes());
        }
        if (!again.sampleSizes().equals(proof.sampleSizes())) {
            return Verdict.bad("sampleSizes", "sample sizes: the plan gives " + again.sampleSizes()
                    + " but the proof states " + proof.sampleSizes(), again.sampleSizes(), proof.sampleSizes());
        }
        List<DrawResult.Target> want = again.targets();
        List<DrawResult.Target> got = proof.targets();
        for (int i = 0; i < want.size() && i < got.size(); i++) {
            Verdict diff = difference(i + 1, want.get(i), got.get(i), version);
            if (diff != null) {
                return diff;
            }
        }
        if (want.size() != got.size()) {
            return Verdict.bad("targetCount", "the draw gives " + want.size() + " targets but the proof lists "
                    + got.size(), want.size(), got.size());
        }
        return null;
    }

    /** The first difference of the target at position, or null; the English text begins "target N: ". */
    private static Verdict difference(int position, DrawResult.Target want, DrawResult.Target got, int version) {
        String at = "target " + position + ": ";
        if (!want.id().equals(got.id())) {
            return Verdict.bad("targetId", at + "the draw gives " + want.id() + " but the proof lists " + got.id(),
                    position, want.id(), got.id());
        }
        if (!want.ticket().equals(got.ticket())) {
            return Verdict.bad("ticket", at + want.id() + " has ticket " + want.ticket() + " but the proof states "
                    + got.ticket(), position, want.id(), want.ticket(), got.ticket());
        }
        if (want.stratum() != got.stratum() || want.rank() != got.rank()) {
            return Verdict.bad("stratumRank", at + want.id() + " is in stratum " + want.stratum() + " at rank "
                    + want.rank() + " but the proof states " + got.stratum() + " at rank " + got.rank(), position,
                    want.id(), want.stratum(), want.rank(), got.stratum(), got.rank());
        }
        if (version >= 2 && !Objects.equals(want.region(), got.region())) {
            return Verdict.bad("region", at + want.id() + " is in region " + want.region() + " but the proof states "
                    + got.region(), position, want.id(), want.region(), got.region());
        }
        if (!want.team().equals(got.team())) {
            return Verdict.bad("team", at + want.id() + " has team " + names(want.team()) + " but the proof lists "
                    + names(got.team()), position, want.id(), names(want.team()), names(got.team()));
        }
        if (!Objects.equals(want.shortfall(), got.shortfall())) {
            return Verdict.bad("staffing", at + want.id() + " staffing: the draw gives " + describe(want.shortfall())
                    + " but the proof states " + describe(got.shortfall()), position, want.id(),
                    describe(want.shortfall()), describe(got.shortfall()));
        }
        return null;
    }

    /**
     * Protocol 2: decisions only for targets that could not be staffed, one each, naming the target
     * by rank and id; a locked or voided session has one for every such target.
     */
    private static Verdict decisions(Proof proof) {
        Map<Integer, DrawResult.Target> unstaffed = proof.targets().stream().filter(t -> !t.staffed())
                .collect(Collectors.toMap(DrawResult.Target::rank, Function.identity()));
        Set<Integer> decided = new HashSet<>();
        for (Proof.Decision d : proof.decisions()) {
            DrawResult.Target t = unstaffed.get(d.rank());
            if (t == null || !t.id().equals(d.id())) {
                return Verdict.bad("decisionTarget", "decision for rank " + d.rank() + " (" + d.id()
                        + "): no target at that rank went without a team", d.rank(), d.id());
            }
            if (d.decision() == null || d.decision().isBlank() || !decided.add(d.rank())) {
                return Verdict.bad("decisionTwice", "decision for rank " + d.rank() + " is empty or given twice",
                        d.rank());
            }
        }
        if (!proof.sessionState().equals("drawn") && decided.size() != unstaffed.size()) {
            Set<Integer> open = new java.util.TreeSet<>(unstaffed.keySet());
            open.removeAll(decided);
            return Verdict.bad("decisionMissing", "no decision recorded for the unstaffed target(s) at rank " + open,
                    open);
        }
        return null;
    }

    private static String names(List<DrawResult.Member> team) {
        return team.stream().map(m -> m.certificateNo() + " " + m.name()).toList().toString();
    }

    private static String describe(DrawResult.Shortfall s) {
        return s == null ? "a full team" : s.department() + " short (" + s.eligible() + " eligible of " + s.needed() + ")";
    }
}
