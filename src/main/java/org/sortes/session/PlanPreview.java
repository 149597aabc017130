package org.sortes.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a plan would give if frozen now, before any session exists: candidates and sample size per
 * stratum, who would be left out and why, inspectors per department, and what the officer should
 * look at before creating the session.
 */
public record PlanPreview(String name, LocalDate sessionDate, List<String> departments, List<String> strata,
                          List<Integer> stratumSizes, List<Integer> sampleSizes, Map<String, Integer> excluded,
                          List<Department> pool, List<Warning> warnings) {

    /** A department's inspectors: qualified on the session date, and how many each target needs. */
    public record Department(String name, int qualified, int expiring, int perTarget) {
    }

    /** Something to look at: a message key and its values. */
    public record Warning(String key, List<String> args) {
    }
}
