package org.sortes.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of a target's inspection result. A correction names the entry it replaces (supersedes)
 * and why (reason); the newest entry of a target is its current result.
 */
public record InspectionResult(long id, long sessionId, int rank, ResultOutcome outcome, LocalDate inspectedOn,
                               String note, Long supersedes, String reason, Instant recordedAt, String actor) {
}
