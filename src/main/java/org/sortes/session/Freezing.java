package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Inspector;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.Register;
import org.sortes.draw.CanonicalLists;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.PoolInspector;
import org.sortes.draw.Population;
import org.sortes.draw.RegisterLines;
import org.sortes.progress.Progress;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawStore;

/**
 * The freeze, derived again whenever it is needed: the candidates, the pool and (protocol 2) the
 * canonical register, from directory versions that never change and the audit basis that decides
 * which earlier draws count. The same inputs always give the same bytes.
 */
final class Freezing {
    private final DirectoryStore directory;
    private final DrawStore sessions;
    private final ObjectMapper json;

    Freezing(DirectoryStore directory, DrawStore sessions, ObjectMapper json) {
        this.directory = directory;
        this.sessions = sessions;
        this.json = json;
    }

    /**
     * The frozen lists of a plan as of the given directory versions and audit basis (which decides the
     * earlier draws that count for drawnWithinDays); protocol 2 also digests the canonical register.
     */
    Frozen derive(DrawPlan plan, long sessionId, long subjectsVersion, long inspectorsVersion, long drawnBasis,
                          Progress progress, java.util.function.Consumer<String> registerLines) {
        boolean v2 = plan.version() >= 2;
        java.util.Map<String, java.time.LocalDate> lastDrawn = v2 ? lastDrawn(sessionId, drawnBasis, plan.sessionDate())
                : java.util.Map.of();
        RegisterLines.Digester register = new RegisterLines.Digester();
        long total = directory.query(new org.sortes.directory.RegisterQuery(Register.SUBJECTS, subjectsVersion, "",
                java.util.Map.of(), true, null, false, 0, 0)).total();
        Population.Builder builder = new Population.Builder(plan, total);
        long[] read = {0};
        progress.update(0, total);
        java.util.function.Consumer<DirectoryRecord> each = r -> {
            MarketSubject subject = MarketSubject.from(r);
            java.time.LocalDate drawnOn = lastDrawn.get(subject.code());
            builder.add(subject, drawnOn);
            if (v2) {
                String line;
                try {
                    line = RegisterLines.line(subject, drawnOn);
                } catch (IllegalArgumentException e) {
                    // a value stored before control characters were refused at import: say which subject
                    throw new Refusal("draw.error.registerField", subject.code().strip(), e.getMessage());
                }
                register.add(line, subject.code());
                registerLines.accept(line);
            }
            if ((++read[0] & 0xFFF) == 0) {
                progress.update(read[0], total);
                progress.checkCancelled();
            }
        };
        if (v2) {
            directory.forEachByKey(Register.SUBJECTS, subjectsVersion, each);
        } else {
            directory.forEach(Register.SUBJECTS, subjectsVersion, each);
        }
        progress.update(total, total);
        progress.checkCancelled();
        Population.Candidates candidates = builder.build();
        List<Inspector> inspectors = new ArrayList<>();
        directory.forEach(Register.INSPECTORS, inspectorsVersion, r -> inspectors.add(Inspector.from(r)));
        List<PoolInspector> pool = Population.pool(inspectors, plan);
        return new Frozen(candidates, pool, CanonicalLists.candidatesDigest(candidates.candidates()),
                CanonicalLists.inspectorsDigest(pool), v2 ? register.hex() : null);
    }

    record Frozen(Population.Candidates candidates, List<PoolInspector> pool, String candidatesDigest,
                          String inspectorsDigest, String registerDigest) {
    }

    /**
     * For each subject, the latest session date on or before this plan's of the sessions that
     * count for the freeze: locked, and not voided, by audit events before its basis.
     */
    private java.util.Map<String, java.time.LocalDate> lastDrawn(long sessionId, long drawnBasis,
                                                                 java.time.LocalDate sessionDate) {
        java.util.Map<Long, java.time.LocalDate> dates = new java.util.HashMap<>();
        java.util.Map<String, java.time.LocalDate> out = new java.util.HashMap<>();
        for (DrawStore.DrawnBefore d : sessions.drawnBefore(drawnBasis, sessionId)) {
            java.time.LocalDate day = dates.computeIfAbsent(d.session(), x -> PlanJson.stored(json, d.planJson())
                    .sessionDate());
            if (!day.isAfter(sessionDate)) {
                out.merge(d.subjectId(), day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return out;
    }

    /**
     * What the plan would give if frozen now (nothing is stored), with what the officer should look at:
     * an empty stratum, too few inspectors, certificates ending before the session date, another day.
     */
    PlanPreview preview(DrawPlan plan, long subjectsVersion, long inspectorsVersion, java.time.LocalDate today,
                        Progress progress) {
        Frozen f = derive(plan, 0, subjectsVersion, inspectorsVersion, sessions.drawnBasis(), progress, line -> { });
        List<Integer> sizes = java.util.Arrays.stream(f.candidates().stratumSizes()).boxed().toList();
        List<Integer> samples = plan.sampleSizes(sizes);
        List<PlanPreview.Warning> warnings = new ArrayList<>();
        for (int s = 0; s < sizes.size(); s++) {
            if (samples.get(s) == 0) {
                warnings.add(new PlanPreview.Warning("preview.warning.emptyStratum",
                        List.of(plan.strata().get(s).name(), String.valueOf(sizes.get(s)))));
            }
        }
        int targets = samples.stream().mapToInt(Integer::intValue).sum();
        List<PlanPreview.Department> pool = new ArrayList<>();
        for (String d : plan.departments()) {
            List<PoolInspector> of = f.pool().stream().filter(p -> p.department().equals(d)).toList();
            int qualified = (int) of.stream().filter(p -> p.qualifiedOn(plan.sessionDate())).count();
            int expiring = (int) of.stream().filter(p -> p.onDuty() && (p.validUntil() == null
                    || p.validUntil().isBefore(plan.sessionDate()))).count();
            pool.add(new PlanPreview.Department(d, qualified, expiring, plan.membersPerDepartment()));
            if (qualified < 2 * plan.membersPerDepartment() || (long) qualified * 4 < (long) targets
                    * plan.membersPerDepartment()) {
                // fewer than two teams' worth, or each inspector would go to more than four targets
                warnings.add(new PlanPreview.Warning("preview.warning.fewInspectors", List.of(d,
                        String.valueOf(qualified), String.valueOf(targets * plan.membersPerDepartment()))));
            }
            if (expiring > 0) {
                warnings.add(new PlanPreview.Warning("preview.warning.expiring", List.of(d, String.valueOf(expiring),
                        plan.sessionDate().toString())));
            }
        }
        if (!plan.sessionDate().equals(today)) {
            warnings.add(new PlanPreview.Warning("preview.warning.date", List.of(plan.sessionDate().toString(),
                    today.toString())));
        }
        java.util.Map<String, Integer> excluded = new java.util.LinkedHashMap<>();
        f.candidates().excluded().forEach((why, n) -> excluded.put(why.name(), n));
        return new PlanPreview(plan.name(), plan.sessionDate(), plan.departments(),
                plan.strata().stream().map(DrawPlan.Stratum::name).toList(), sizes, samples, excluded, pool,
                List.copyOf(warnings));
    }
}
