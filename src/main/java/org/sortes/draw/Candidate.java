package org.sortes.draw;

import java.util.List;

/**
 * A subject in the frozen population: its id (USCC or registration number), stratum, region and
 * the certificate numbers of the inspectors of its last check (sorted).
 */
public record Candidate(String id, int stratum, String region, List<String> lastInspectors) {

    public Candidate {
        lastInspectors = lastInspectors == null || lastInspectors.isEmpty() ? List.of()
                : lastInspectors.stream().sorted().toList();
    }

    public Candidate(String id, int stratum, String region) {
        this(id, stratum, region, List.of());
    }
}
