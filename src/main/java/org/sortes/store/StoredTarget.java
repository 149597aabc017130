package org.sortes.store;

/**
 * A drawn target as stored. team: one member per line, "certificate TAB name TAB department";
 * shortfall: "department TAB eligible TAB needed", null when staffed; decision: what the officer
 * did about an unstaffed target.
 */
public record StoredTarget(int rank, String subjectId, int stratum, String region, String ticket, String team,
                           String shortfall, String decision, String decidedAt) {
}
