package org.sortes.draw;

import java.util.List;
import java.util.Objects;

/**
 * Re-derives a draw from its proof and lists: digests, commitment, seed, targets and teams. The
 * first difference found is reported in words; nothing is taken from the proof on trust.
 */
public final class Verifier {

    /** VALID, or INVALID with the first difference in words. */
    public record Verdict(boolean valid, String firstDifference) {
        static Verdict ok() {
            return new Verdict(true, null);
        }

        static Verdict bad(String why) {
            return new Verdict(false, why);
        }
    }

    private Verifier() {
    }

    /**
     * @param candidatesSha256 SHA-256 of the candidate list bytes as given (file or inline)
     * @param inspectorsSha256 SHA-256 of the inspector list bytes as given
     */
    public static Verdict verify(Proof proof, List<Candidate> candidates, String candidatesSha256,
                                 List<PoolInspector> pool, String inspectorsSha256) {
        if (!Protocol.VERSION.equals(proof.protocol())) {
            return Verdict.bad("protocol version is " + proof.protocol() + ", this verifier knows " + Protocol.VERSION);
        }
        String planDigest = proof.plan().digest();
        if (!planDigest.equals(proof.digests().plan())) {
            return Verdict.bad("plan digest: the plan hashes to " + planDigest + " but the proof states "
                    + proof.digests().plan());
        }
        if (!candidatesSha256.equals(proof.digests().candidates())) {
            return Verdict.bad("candidate list digest: the list hashes to " + candidatesSha256
                    + " but the proof states " + proof.digests().candidates());
        }
        if (!inspectorsSha256.equals(proof.digests().inspectors())) {
            return Verdict.bad("inspector list digest: the list hashes to " + inspectorsSha256
                    + " but the proof states " + proof.digests().inspectors());
        }
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i - 1).id().compareTo(candidates.get(i).id()) >= 0) {
                return Verdict.bad("candidate list is not sorted by id without repeats at line " + (i + 1));
            }
        }
        String commitment;
        try {
            commitment = Protocol.commitment(proof.digests(), proof.secret());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("secret: " + e.getMessage());
        }
        if (!commitment.equals(proof.commitment())) {
            return Verdict.bad("commitment: the secret and digests give " + commitment + " but the proof states "
                    + proof.commitment());
        }
        if (Protocol.digitCount(proof.digitGroups()) < Protocol.MIN_ENTROPY_DIGITS) {
            return Verdict.bad("entropy: only " + Protocol.digitCount(proof.digitGroups()) + " observer digits, at least "
                    + Protocol.MIN_ENTROPY_DIGITS + " are required");
        }
        String seed;
        try {
            seed = Protocol.seed(proof.digests(), proof.secret(), proof.digitGroups(), proof.beaconValue());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("entropy: " + e.getMessage());
        }
        if (!seed.equals(proof.seed())) {
            return Verdict.bad("seed: recomputed as " + seed + " but the proof states " + proof.seed());
        }
        DrawResult again;
        try {
            again = DrawEngine.draw(proof.plan(), candidates, pool, seed);
        } catch (IllegalArgumentException e) {
            return Verdict.bad("lists: " + e.getMessage());
        }
        if (!again.stratumSizes().equals(proof.stratumSizes())) {
            return Verdict.bad("stratum sizes: the lists give " + again.stratumSizes() + " but the proof states "
                    + proof.stratumSizes());
        }
        if (!again.sampleSizes().equals(proof.sampleSizes())) {
            return Verdict.bad("sample sizes: the plan gives " + again.sampleSizes() + " but the proof states "
                    + proof.sampleSizes());
        }
        List<DrawResult.Target> want = again.targets();
        List<DrawResult.Target> got = proof.targets();
        for (int i = 0; i < Math3.min(want.size(), got.size()); i++) {
            String diff = difference(want.get(i), got.get(i));
            if (diff != null) {
                return Verdict.bad("target " + (i + 1) + ": " + diff);
            }
        }
        if (want.size() != got.size()) {
            return Verdict.bad("the draw gives " + want.size() + " targets but the proof lists " + got.size());
        }
        return Verdict.ok();
    }

    private static String difference(DrawResult.Target want, DrawResult.Target got) {
        if (!want.id().equals(got.id())) {
            return "the draw gives " + want.id() + " but the proof lists " + got.id();
        }
        if (!want.ticket().equals(got.ticket())) {
            return want.id() + " has ticket " + want.ticket() + " but the proof states " + got.ticket();
        }
        if (want.stratum() != got.stratum() || want.rank() != got.rank()) {
            return want.id() + " is in stratum " + want.stratum() + " at rank " + want.rank() + " but the proof states "
                    + got.stratum() + " at rank " + got.rank();
        }
        if (!want.team().equals(got.team())) {
            return want.id() + " has team " + names(want.team()) + " but the proof lists " + names(got.team());
        }
        if (!Objects.equals(want.shortfall(), got.shortfall())) {
            return want.id() + " staffing: the draw gives " + describe(want.shortfall()) + " but the proof states "
                    + describe(got.shortfall());
        }
        return null;
    }

    private static String names(List<DrawResult.Member> team) {
        return team.stream().map(m -> m.certificateNo() + " " + m.name()).toList().toString();
    }

    private static String describe(DrawResult.Shortfall s) {
        return s == null ? "a full team" : s.department() + " short (" + s.eligible() + " eligible of " + s.needed() + ")";
    }

    private static final class Math3 {
        static int min(int a, int b) {
            return a < b ? a : b;
        }
    }
}
