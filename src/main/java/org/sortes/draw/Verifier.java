package org.sortes.draw;

import java.util.List;
import java.util.Objects;

/**
 * Re-derives a draw from its proof and lists: digests, commitment, seed, targets and teams. The
 * first difference found is reported in words; nothing is taken from the proof on trust.
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

    private Verifier() {
    }

    /**
     * @param candidatesSha256 SHA-256 of the candidate list bytes as given (file or inline)
     * @param inspectorsSha256 SHA-256 of the inspector list bytes as given
     */
    public static Verdict verify(Proof proof, List<Candidate> candidates, String candidatesSha256,
                                 List<PoolInspector> pool, String inspectorsSha256) {
        if (!Protocol.VERSION.equals(proof.protocol())) {
            return Verdict.bad("protocol", "protocol version is " + proof.protocol() + ", this verifier knows " + Protocol.VERSION,
                    proof.protocol(), Protocol.VERSION);
        }
        String planDigest = proof.plan().digest();
        if (!planDigest.equals(proof.digests().plan())) {
            return Verdict.bad("planDigest", "plan digest: the plan hashes to " + planDigest + " but the proof states "
                    + proof.digests().plan(), planDigest, proof.digests().plan());
        }
        if (!candidatesSha256.equals(proof.digests().candidates())) {
            return Verdict.bad("candidatesDigest", "candidate list digest: the list hashes to " + candidatesSha256
                    + " but the proof states " + proof.digests().candidates(), candidatesSha256,
                    proof.digests().candidates());
        }
        if (!inspectorsSha256.equals(proof.digests().inspectors())) {
            return Verdict.bad("inspectorsDigest", "inspector list digest: the list hashes to " + inspectorsSha256
                    + " but the proof states " + proof.digests().inspectors(), inspectorsSha256,
                    proof.digests().inspectors());
        }
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i - 1).id().compareTo(candidates.get(i).id()) >= 0) {
                return Verdict.bad("unsorted", "candidate list is not sorted by id without repeats at line " + (i + 1), i + 1);
            }
        }
        String commitment;
        try {
            commitment = Protocol.commitment(proof.digests(), proof.secret());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("secret", "secret: " + e.getMessage(), e.getMessage());
        }
        if (!commitment.equals(proof.commitment())) {
            return Verdict.bad("commitment", "commitment: the secret and digests give " + commitment
                    + " but the proof states " + proof.commitment(), commitment, proof.commitment());
        }
        if (Protocol.digitCount(proof.digitGroups()) < Protocol.MIN_ENTROPY_DIGITS) {
            return Verdict.bad("fewDigits", "entropy: only " + Protocol.digitCount(proof.digitGroups())
                    + " observer digits, at least " + Protocol.MIN_ENTROPY_DIGITS + " are required",
                    Protocol.digitCount(proof.digitGroups()), Protocol.MIN_ENTROPY_DIGITS);
        }
        String seed;
        try {
            seed = Protocol.seed(proof.digests(), proof.secret(), proof.digitGroups(), proof.beaconValue());
        } catch (IllegalArgumentException e) {
            return Verdict.bad("entropy", "entropy: " + e.getMessage(), e.getMessage());
        }
        if (!seed.equals(proof.seed())) {
            return Verdict.bad("seed", "seed: recomputed as " + seed + " but the proof states " + proof.seed(), seed,
                    proof.seed());
        }
        DrawResult again;
        try {
            again = DrawEngine.draw(proof.plan(), candidates, pool, seed);
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
        for (int i = 0; i < Math3.min(want.size(), got.size()); i++) {
            Verdict diff = difference(i + 1, want.get(i), got.get(i));
            if (diff != null) {
                return diff;
            }
        }
        if (want.size() != got.size()) {
            return Verdict.bad("targetCount", "the draw gives " + want.size() + " targets but the proof lists "
                    + got.size(), want.size(), got.size());
        }
        return Verdict.ok();
    }

    /** The first difference of the target at position, or null; the English text begins "target N: ". */
    private static Verdict difference(int position, DrawResult.Target want, DrawResult.Target got) {
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
