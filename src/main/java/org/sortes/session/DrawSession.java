package org.sortes.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A draw session as the console, the audience display and the command line see it: its state and
 * what each stage recorded. A stage not reached yet is null (or empty).
 *
 * @param operator    who created the session (the operator's name as set, else the login name)
 * @param planJson    the canonical plan (protocol §2), bound by planDigest
 * @param frozen      what the freeze fixed; null before the freeze
 * @param commitment  the commitment to the officer's secret; null before the commit
 * @param beacon      the public beacon value with its source; null when none was given
 * @param reveal      the secret as revealed; null before the reveal
 * @param seed        the seed of the draw; null before the draw
 * @param auditHead   the audit chain head stored at the lock
 * @param abortReason why the session was aborted; null unless aborted
 * @param voidReason  why a locked session was voided (作废); null unless voided
 * @param protocol    the protocol version the session is drawn under ("sortes-draw/2")
 * @param declared    the beacon the plan declared before the commitment; null when it declares none
 * @param rehearsal   a rehearsal (演练): marked everywhere, never counted, never a live session
 */
public record DrawSession(long id, String name, Instant createdAt, String operator, SessionState state,
                          String planJson, Digest planDigest, Frozen frozen, Digest commitment,
                          Instant committedAt, Beacon beacon, Reveal reveal, String seed, Instant drawnAt,
                          Instant lockedAt, Digest auditHead, Instant abortedAt, String abortReason,
                          Instant voidedAt, String voidReason, String protocol, DeclaredBeacon declared,
                          boolean rehearsal) {

    /** The freeze: directory versions, counts, exclusions by reason, candidates per stratum, digests. */
    public record Frozen(long subjectsVersion, long inspectorsVersion, Digest candidatesDigest,
                         Digest inspectorsDigest, long candidates, long pool, Map<String, Integer> excluded,
                         List<Integer> stratumSizes, Instant at, Digest registerDigest) {
        public Frozen {
            excluded = Map.copyOf(excluded);
            stratumSizes = List.copyOf(stratumSizes);
        }
    }

    public record Beacon(String value, String source) {
    }

    /** Which public value the plan names, and who publishes it. */
    public record DeclaredBeacon(String source, String reference) {
    }

    /** The beacon the plan declared, if any. */
    public Optional<DeclaredBeacon> declaredBeacon() {
        return Optional.ofNullable(declared);
    }

    /** The revealed secret and when it was checked against the commitment. */
    public record Reveal(Digest secret, Instant at) {
    }

    public Optional<Frozen> frozenStage() {
        return Optional.ofNullable(frozen);
    }

    public Optional<Reveal> revealStage() {
        return Optional.ofNullable(reveal);
    }

    public Optional<Beacon> beaconValue() {
        return Optional.ofNullable(beacon);
    }

    /** Candidates per stratum as frozen; empty before the freeze. */
    public List<Integer> stratumSizes() {
        return frozen == null ? List.of() : frozen.stratumSizes();
    }

    /** SHA-256 of the seed, as printed and in the proof; null before the draw. */
    public Digest seedHash() {
        return seed == null ? null : new Digest(org.sortes.draw.Sha256.hex(seed));
    }

    /** True when the three digests of protocol §4 exist. */
    public boolean hasCommitment() {
        return commitment != null;
    }
}
