package org.sortes.store;

/**
 * An inspection result as stored. supersedes and reason are set together, on a correction.
 *
 * @param inspectedOn ISO date of the inspection
 */
public record ResultRow(long id, long sessionId, int rank, String outcome, String inspectedOn, String note,
                        Long supersedes, String reason, String recordedAt, String actor) {
}
