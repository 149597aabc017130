package org.sortes.store;

/**
 * A drawn target as stored. team: one member per line, "certificate TAB name TAB department";
 * shortfall: "department TAB eligible TAB needed", null when staffed; decision: what the officer
 * did about an unstaffed target.
 */
public record StoredTarget(int rank, String subjectId, int stratum, String region, String ticket, String team,
                           String shortfall, String decision, String decidedAt) {

    /**
     * The digest of a stored draw result that its draw event records ("result"): rank, subject, ticket
     * and team of each target, in rank order. A restore compares a backup's targets with it.
     */
    public static String resultDigest(java.util.List<StoredTarget> targets) {
        StringBuilder sb = new StringBuilder();
        for (StoredTarget t : targets) {
            sb.append(sb.length() == 0 ? "" : "\n").append(t.rank()).append('\t').append(t.subjectId()).append('\t')
                    .append(t.ticket()).append('\t').append(t.team().replace("\n", ";"));
        }
        return org.sortes.draw.Sha256.hex(sb.toString());
    }
}
