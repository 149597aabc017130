package org.sortes.session;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the audience display may show, and nothing else: it is built from an explicit list of
 * facts (this record) so that the secret before the reveal, identity numbers, legal representatives,
 * addresses or phone numbers can never reach the projector. A stage not reached yet is null or empty.
 *
 * @param digitsStillNeeded observers' digits still missing before the reveal (0 when enough)
 * @param reveal            the secret and the check against the commitment; null before the reveal
 * @param targets           in rank order, once drawn
 * @param summaryCode       rows of a QR code holding the session number and the proof's SHA-256, once
 *                          locked (to compare with the minutes later); empty before
 * @param earlier           aborted or voided sessions with the same items within a year: named to the hall
 */
public record AudienceSnapshot(long sessionId, String title, List<String> departments, LocalDate sessionDate,
                               boolean rehearsal, SessionState state, Digests digests, Digest commitment,
                               List<Contribution> observers, int digitsStillNeeded, Beacon beacon, Reveal reveal,
                               Digest seedHash, List<Stratum> strata, List<Target> targets, Digest proofSha256,
                               List<String> summaryCode, List<Earlier> earlier) {

    /** An aborted or voided session with the same items: its number, stage, status and reason. */
    public record Earlier(long sessionId, String name, String stage, String status, String reason) {
    }

    /** The digests fixed at the freeze; null before it. */
    public record Digests(Digest plan, Digest candidates, Digest inspectors, Digest register) {
    }

    /** One observer's digits as entered. */
    public record Contribution(String name, ObserverRole role, String organisation, String digits) {
    }

    /** The beacon the plan declared and, once entered, its value. */
    public record Beacon(String source, String reference, String value) {
    }

    /** The revealed secret and whether it hashes, with the digests, to the published commitment. */
    public record Reveal(Digest secret, boolean matchesCommitment) {
    }

    /** A stratum by its name, with its candidates and how many it draws. */
    public record Stratum(String name, int candidates, int drawn) {
    }

    /** A drawn target as shown: stratum, subject's registered name and code, the ticket's first digits, team. */
    public record Target(int rank, String stratum, String subjectName, String subjectId, String ticket,
                         List<String> team, boolean staffed) {
    }

    /** Digits of a ticket shown on screen after "0.". */
    public static final int TICKET_DIGITS = 18;
}
