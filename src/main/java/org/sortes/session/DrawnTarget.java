package org.sortes.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A drawn target as shown and printed: its rank, ticket and team (leader first), or, when it could
 * not be staffed, the shortfall and what the officer decided.
 */
public record DrawnTarget(int rank, String subjectId, int stratum, String region, String ticket,
                          List<TeamMember> team, Shortfall shortfall, String decision, Instant decidedAt) {
    public DrawnTarget {
        team = List.copyOf(team);
    }

    /** An inspector of a team; name is null when the register has none. */
    public record TeamMember(String certificateNo, String name, String department) {
    }

    /** Too few eligible inspectors of a department: eligible found, needed per team. */
    public record Shortfall(String department, int eligible, int needed) {
    }

    public boolean staffed() {
        return shortfall == null;
    }

    public Optional<String> decisionMade() {
        return Optional.ofNullable(decision);
    }
}
