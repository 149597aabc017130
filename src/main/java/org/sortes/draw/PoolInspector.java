package org.sortes.draw;

import java.time.LocalDate;
import java.util.List;

/** An inspector in the frozen pool, with every attribute eligibility depends on. */
public record PoolInspector(String certificateNo, String department, boolean onDuty, LocalDate validUntil,
                            String region, List<String> conflicts, String name) {

    public PoolInspector {
        conflicts = conflicts.stream().sorted().toList();
    }

    /** On duty and holding a certificate valid on the session date. */
    public boolean qualifiedOn(LocalDate day) {
        return onDuty && validUntil != null && !validUntil.isBefore(day);
    }
}
