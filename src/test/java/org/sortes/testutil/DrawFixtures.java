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

    private DrawFixtures() {
    }

    public static List<Candidate> candidates(int n, int strata, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Candidate(Csv.uscc(i), r.nextInt(strata), "6201" + String.format("%02d", 2 + r.nextInt(4))));
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
                out.add(new PoolInspector(d.hashCode() % 97 + "-" + String.format("%04d", i), d, r.nextInt(10) != 0,
                        DAY.plusDays(r.nextInt(400) - 60), "6201" + String.format("%02d", 2 + r.nextInt(4)), conflicts,
                        "检查员" + i));
            }
        }
        out.sort(java.util.Comparator.comparing(PoolInspector::certificateNo));
        return out;
    }

    public static DrawPlan plan(List<String> departments, int strata, int basisPoints, int members, boolean sameRegion) {
        List<DrawPlan.Stratum> list = new ArrayList<>();
        for (int s = 0; s < strata; s++) {
            list.add(new DrawPlan.Stratum("层" + s, DrawPlan.StratumRule.any(), basisPoints, null));
        }
        return new DrawPlan("测试抽查", DAY, List.of("SJ-001"), departments, DrawPlan.Scope.any(),
                DrawPlan.Exclusions.standard(), list, members, sameRegion);
    }
}
