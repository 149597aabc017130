package org.sortes.testutil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sortes.draw.Candidate;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.PoolInspector;

/** Random but seeded populations, pools and plans for draw tests. */
public final class DrawFixtures {
    public static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    static final String LAST_A = certificate("甘肃省市场监督管理局", 0);
    static final String LAST_B = certificate("甘肃省市场监督管理局", 1);

    static String certificate(String department, int i) {
        return department.hashCode() % 97 + "-" + String.format("%04d", i);
    }

    private DrawFixtures() {
    }

    public static List<Candidate> candidates(int n, int strata, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // some subjects were last inspected by inspectors 0000 and 0001 of the first department
            List<String> last = r.nextInt(4) == 0 ? List.of(LAST_A, LAST_B) : List.of();
            out.add(new Candidate(Csv.uscc(i), r.nextInt(strata), "6201" + String.format("%02d", 2 + r.nextInt(4)), last));
        }
        out.sort(java.util.Comparator.comparing(Candidate::id));
        return out;
    }

    public static List<PoolInspector> pool(List<String> departments, int perDepartment, long seed,
                                           List<Candidate> candidates) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PoolInspector> out = new ArrayList<>();
        for (String d : departments) {
            for (int i = 0; i < perDepartment; i++) {
                List<String> conflicts = r.nextInt(5) == 0 && !candidates.isEmpty()
                        ? List.of(candidates.get(r.nextInt(candidates.size())).id()) : List.of();
                out.add(new PoolInspector(certificate(d, i), d, r.nextInt(10) != 0,
                        DAY.plusDays(r.nextInt(400) - 60), "6201" + String.format("%02d", 2 + r.nextInt(4)), conflicts,
                        "检查员" + i));
            }
        }
        out.sort(java.util.Comparator.comparing(PoolInspector::certificateNo));
        return out;
    }

    public static DrawPlan plan(List<String> departments, int strata, int basisPoints, int members, boolean sameRegion) {
        return plan(departments, strata, basisPoints, members, sameRegion, false);
    }

    public static DrawPlan plan(List<String> departments, int strata, int basisPoints, int members, boolean sameRegion,
                                boolean lastInspector) {
        List<DrawPlan.Stratum> list = new ArrayList<>();
        for (int s = 0; s < strata; s++) {
            list.add(new DrawPlan.Stratum("层" + s, DrawPlan.StratumRule.any(), basisPoints, null));
        }
        return new DrawPlan("测试抽查", DAY, List.of("SJ-001"), departments, DrawPlan.Scope.any(),
                DrawPlan.Exclusions.standard(), list, members, sameRegion, lastInspector);
    }
}
