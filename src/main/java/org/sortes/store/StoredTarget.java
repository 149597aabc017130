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
        // line by line into the digest, not one string of every line: at 30,000 targets that string and
        // its copies were 50 MB of large arrays made at the end of the draw (see StoredLists.inflated)
        java.security.MessageDigest md = org.sortes.draw.Sha256.newDigest();
        StringBuilder line = new StringBuilder();
        boolean first = true;
        for (StoredTarget t : targets) {
            line.setLength(0);
            line.append(first ? "" : "\n").append(t.rank()).append('\t').append(t.subjectId()).append('\t')
                    .append(t.ticket()).append('\t').append(t.team().replace("\n", ";"));
            md.update(line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            first = false;
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }
}
