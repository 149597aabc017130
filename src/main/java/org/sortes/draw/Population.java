package org.sortes.draw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sortes.directory.Inspector;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.RiskClass;

/**
 * Freezing: which subjects are candidates (and in which stratum), which inspectors form the pool,
 * and why everyone else was left out. Pure: the same directory and plan always give the same lists.
 */
public final class Population {
    /** Reasons a subject is not a candidate, in the order they are tested. */
    public enum Exclusion { RETIRED, OUT_OF_SCOPE, REGISTRATION_STATUS, RECENTLY_INSPECTED, RECENTLY_DRAWN, NO_STRATUM }

    /** The frozen candidates (sorted by id) and how many subjects each reason left out. */
    public record Candidates(List<Candidate> candidates, Map<Exclusion, Integer> excluded, int[] stratumSizes) {
    }

    private Population() {
    }

    /**
     * Classifies subjects one at a time, keeping only the candidates: a million subjects are streamed
     * from the workspace, never held in memory as a whole.
     */
    public static final class Builder {
        private final DrawPlan plan;
        private final LocalDate recentLimit;
        private final LocalDate drawnLimit;
        private final Map<Exclusion, Integer> excluded = new LinkedHashMap<>();
        private final int[] sizes;
        private final CandidateList.Packer out;

        public Builder(DrawPlan plan) {
            this(plan, 0);
        }

        /** @param subjects how many subjects will be added (at most): the candidates' arrays are made at that size */
        public Builder(DrawPlan plan, long subjects) {
            this.plan = plan;
            this.out = new CandidateList.Packer(subjects < 0 ? 0 : subjects > Integer.MAX_VALUE - 16
                    ? Integer.MAX_VALUE - 16 : (int) subjects);
            this.sizes = new int[plan.strata().size()];
            this.recentLimit = plan.exclusions().inspectedWithinDays() > 0
                    ? plan.sessionDate().minusDays(plan.exclusions().inspectedWithinDays()) : null;
            this.drawnLimit = plan.exclusions().drawnWithinDays() > 0
                    ? plan.sessionDate().minusDays(plan.exclusions().drawnWithinDays()) : null;
            for (Exclusion e : Exclusion.values()) {
                excluded.put(e, 0);
            }
        }

        public void add(MarketSubject s) {
            add(s, null);
        }

        /** @param lastDrawnOn the session date of the last locked draw that took the subject, or null */
        public void add(MarketSubject s, LocalDate lastDrawnOn) {
            Exclusion why = null;
            if (s.retired()) {
                why = Exclusion.RETIRED;
            } else if (!inScope(s, plan.scope())) {
                why = Exclusion.OUT_OF_SCOPE;
            } else if (s.registrationStatus() != null
                    && plan.exclusions().registrationStatuses().contains(s.registrationStatus())) {
                why = Exclusion.REGISTRATION_STATUS;
            } else if (recentLimit != null && s.lastInspectedOn() != null && s.lastInspectedOn().isAfter(recentLimit)) {
                why = Exclusion.RECENTLY_INSPECTED;
            } else if (drawnLimit != null && lastDrawnOn != null && lastDrawnOn.isAfter(drawnLimit)) {
                why = Exclusion.RECENTLY_DRAWN;
            }
            int stratum = why == null ? stratumOf(s, plan.strata()) : -1;
            if (why == null && stratum < 0) {
                why = Exclusion.NO_STRATUM;
            }
            if (why != null) {
                excluded.merge(why, 1, Integer::sum);
            } else {
                sizes[stratum]++;
                out.add(s.code(), stratum, s.regionCode(), s.lastInspectors());
            }
        }

        public Candidates build() {
            return new Candidates(out.sorted(), excluded, sizes);
        }
    }

    /** The pool: every inspector of the plan's departments who is not retired, sorted by certificate. */
    public static List<PoolInspector> pool(List<Inspector> inspectors, DrawPlan plan) {
        List<PoolInspector> out = new ArrayList<>();
        for (Inspector i : inspectors) {
            if (!i.retired() && plan.departments().contains(i.department())) {
                out.add(new PoolInspector(i.certificateNo(), i.department(), i.onDuty(), i.certificateValidUntil(),
                        i.regionCode(), i.conflicts(), i.name()));
            }
        }
        out.sort(Comparator.comparing(PoolInspector::certificateNo, CodePoints.ORDER));
        return out;
    }

    static boolean inScope(MarketSubject s, DrawPlan.Scope scope) {
        if (!scope.regionPrefixes().isEmpty()
                && scope.regionPrefixes().stream().noneMatch(p -> s.regionCode() != null && s.regionCode().startsWith(p))) {
            return false;
        }
        if (!scope.subjectTypes().isEmpty() && !scope.subjectTypes().contains(s.subjectType())) {
            return false;
        }
        if (!scope.industries().isEmpty() && !scope.industries().contains(s.industry())) {
            return false;
        }
        return scope.tags().isEmpty() || s.tags().stream().anyMatch(scope.tags()::contains);
    }

    /** The first stratum whose rule the subject meets, -1 if none. */
    public static int stratumOf(MarketSubject s, List<DrawPlan.Stratum> strata) {
        for (int i = 0; i < strata.size(); i++) {
            DrawPlan.StratumRule r = strata.get(i).rule();
            if (r.seriousViolation() != null && r.seriousViolation() != s.seriousViolation()) {
                continue;
            }
            if (r.abnormal() != null && r.abnormal() != s.abnormalOperations()) {
                continue;
            }
            if (r.minComplaints() != null && s.complaints() < r.minComplaints()) {
                continue;
            }
            if (r.riskClass() != null) {
                RiskClass rc = s.riskClass();
                boolean match = r.riskClass().equals("NONE") ? rc == null : rc != null && rc.name().equals(r.riskClass());
                if (!match) {
                    continue;
                }
            }
            return i;
        }
        return -1;
    }
}
