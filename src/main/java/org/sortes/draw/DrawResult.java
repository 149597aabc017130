package org.sortes.draw;

import java.util.List;

/**
 * The outcome of a draw: targets in ascending ticket order with their teams, and per stratum its
 * size and sample size.
 */
public record DrawResult(String seedHash, List<Target> targets, List<Integer> stratumSizes,
                         List<Integer> sampleSizes) {

    /** One inspector of a team. */
    public record Member(String certificateNo, String name, String department) {
    }

    /** Why a target could not be staffed: a department had too few eligible inspectors. */
    public record Shortfall(String department, int eligible, int needed) {
    }

    /**
     * A drawn target. The team's first member leads it. A target without a team has a shortfall.
     *
     * @param rank 1-based position in ascending ticket order
     */
    public record Target(int rank, String id, int stratum, String region, String ticket, List<Member> team,
                         Shortfall shortfall) {
        public boolean staffed() {
            return shortfall == null;
        }
    }
}
