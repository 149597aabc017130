package org.sortes.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sortes.testutil.DrawFixtures;

class DrawEngineTest {
    private static final List<String> ONE = List.of("甘肃省市场监督管理局");
    private static final List<String> TWO = List.of("甘肃省市场监督管理局", "甘肃省应急管理厅");

    @Test
    void draw_sameInputs_sameResult() {
        List<Candidate> c = DrawFixtures.candidates(3000, 4, 1);
        List<PoolInspector> pool = DrawFixtures.pool(ONE, 40, 2, c);
        DrawPlan plan = DrawFixtures.plan(ONE, 4, 300, 2, false);
        assertEquals(DrawEngine.draw(plan, c, pool, "seed-1"), DrawEngine.draw(plan, c, pool, "seed-1"));
        assertNotEquals(DrawEngine.draw(plan, c, pool, "seed-1").targets(), DrawEngine.draw(plan, c, pool, "seed-2").targets());
    }

    @Test
    void draw_candidatesShuffled_sameTargetsAndTeams() {
        List<Candidate> c = DrawFixtures.candidates(2000, 3, 3);
        List<PoolInspector> pool = DrawFixtures.pool(ONE, 30, 4, c);
        DrawPlan plan = DrawFixtures.plan(ONE, 3, 500, 2, false);
        DrawResult sorted = DrawEngine.draw(plan, c, pool, "shuffle");
        List<Candidate> shuffled = new ArrayList<>(c);
        Collections.shuffle(shuffled, new Random(9));
        DrawResult again = DrawEngine.draw(plan, shuffled, pool, "shuffle");
        assertEquals(sorted.targets().stream().map(DrawResult.Target::id).toList(),
                again.targets().stream().map(DrawResult.Target::id).toList());
        assertEquals(sorted.targets(), again.targets());
    }

    @Test
    void draw_stratumSizesExact_ratioRoundedUp() {
        List<Candidate> c = DrawFixtures.candidates(1001, 3, 5);
        DrawPlan plan = DrawFixtures.plan(ONE, 3, 300, 2, false);
        DrawResult r = DrawEngine.draw(plan, c, DrawFixtures.pool(ONE, 80, 6, c), "strata");
        for (int s = 0; s < 3; s++) {
            int n = r.stratumSizes().get(s);
            int k = (n * 300 + 9999) / 10000;
            assertEquals(k, r.sampleSizes().get(s));
            int stratum = s;
            assertEquals(k, r.targets().stream().filter(t -> t.stratum() == stratum).count());
        }
    }

    @Test
    void draw_targetsAreTheSmallestTicketsOfEachStratum() {
        List<Candidate> c = DrawFixtures.candidates(500, 2, 7);
        DrawPlan plan = DrawFixtures.plan(ONE, 2, 1000, 2, false);
        DrawResult r = DrawEngine.draw(plan, c, DrawFixtures.pool(ONE, 30, 8, c), "smallest");
        ConsistentSampler sampler = new ConsistentSampler("smallest");
        for (int s = 0; s < 2; s++) {
            int stratum = s;
            List<String> expected = c.stream().filter(x -> x.stratum() == stratum).map(Candidate::id)
                    .sorted((a, b) -> sampler.ticket(a).compareTo(sampler.ticket(b)))
                    .limit(r.sampleSizes().get(s)).toList();
            List<String> got = r.targets().stream().filter(t -> t.stratum() == stratum).map(DrawResult.Target::id).toList();
            assertEquals(expected, got);
        }
        for (int i = 1; i < r.targets().size(); i++) {
            assertTrue(r.targets().get(i - 1).ticket().compareTo(r.targets().get(i).ticket()) < 0);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void draw_randomPlans_everyTeamConstraintHolds(long seed) {
        Random r = new Random(seed);
        List<String> depts = r.nextBoolean() ? ONE : TWO;
        int members = depts.size() == 1 ? 2 + r.nextInt(2) : 1 + r.nextInt(2);
        boolean sameRegion = r.nextBoolean();
        boolean lastInspector = r.nextBoolean();
        List<Candidate> c = DrawFixtures.candidates(500 + r.nextInt(1500), 1 + r.nextInt(4), seed);
        List<PoolInspector> pool = DrawFixtures.pool(depts, 5 + r.nextInt(40), seed * 7, c);
        DrawPlan plan = DrawFixtures.plan(depts, (int) c.stream().mapToInt(Candidate::stratum).max().orElse(0) + 1,
                100 + r.nextInt(900), members, sameRegion, lastInspector);
        DrawResult result = DrawEngine.draw(plan, c, pool, "random-" + seed);
        Map<String, PoolInspector> byCert = pool.stream().collect(Collectors.toMap(PoolInspector::certificateNo, p -> p));
        Map<String, Integer> load = new HashMap<>();
        for (DrawResult.Target t : result.targets()) {
            if (!t.staffed()) {
                assertTrue(t.team().isEmpty());
                assertTrue(t.shortfall().eligible() < t.shortfall().needed());
                continue;
            }
            assertEquals(members * depts.size(), t.team().size());
            assertTrue(t.team().size() >= 2);
            Set<String> distinct = new HashSet<>();
            for (DrawResult.Member m : t.team()) {
                PoolInspector p = byCert.get(m.certificateNo());
                assertTrue(distinct.add(p.certificateNo()), "no inspector twice in a team");
                assertTrue(p.onDuty(), "on duty");
                assertFalse(p.validUntil().isBefore(plan.sessionDate()), "certificate valid on the day");
                assertFalse(p.conflicts().contains(t.id()), "declared conflict respected");
                if (sameRegion) {
                    assertNotEquals(t.region(), p.region(), "same-region avoidance");
                }
                if (lastInspector) {
                    Candidate subject = c.stream().filter(x -> x.id().equals(t.id())).findFirst().orElseThrow();
                    assertFalse(subject.lastInspectors().contains(p.certificateNo()), "not the inspector of the last check");
                }
                load.merge(p.certificateNo(), 1, Integer::sum);
            }
            for (String d : depts) {
                assertEquals(members, t.team().stream().filter(m -> m.department().equals(d)).count(),
                        "each department sends its members");
            }
        }
        for (String d : depts) {
            long qualified = pool.stream().filter(p -> p.department().equals(d) && p.qualifiedOn(plan.sessionDate())).count();
            long cap = qualified == 0 ? 0 : (result.targets().size() * (long) members + qualified - 1) / qualified;
            load.forEach((cert, n) -> {
                if (byCert.get(cert).department().equals(d)) {
                    assertTrue(n <= cap, cert + " has " + n + " teams, cap " + cap);
                }
            });
        }
    }

    @Test
    void draw_tooFewInspectors_targetReportedWithShortfallNotDropped() {
        List<Candidate> c = DrawFixtures.candidates(100, 1, 21);
        List<PoolInspector> pool = List.of(new PoolInspector("A-1", ONE.get(0), true, DrawFixtures.DAY, null, List.of(), "甲"));
        DrawPlan plan = DrawFixtures.plan(ONE, 1, 1000, 2, false);
        DrawResult r = DrawEngine.draw(plan, c, pool, "short");
        assertEquals(10, r.targets().size());
        assertTrue(r.targets().stream().noneMatch(DrawResult.Target::staffed));
        assertEquals(new DrawResult.Shortfall(ONE.get(0), 1, 2), r.targets().get(0).shortfall());
    }

    /** Brute force: each stratum's want[s] smallest by (key, then full ticket via the comparator). */
    private static List<Integer> bruteSmallest(long[] keys, int[] stratumOf, int[] want, java.util.Comparator<Integer> order) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < want.length; s++) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                if (stratumOf[i] == s) {
                    in.add(i);
                }
            }
            in.sort(order);
            out.addAll(in.subList(0, want[s]));
        }
        out.sort(order);
        return out;
    }

    @Test
    void smallest_keysCrowdedAtTheTop_raisesTheThresholdAndStillTakesExactlyTheSmallest() {
        // keys far from uniform: almost all near the top of the range, so the first thresholds hold too few
        Random random = new Random(5);
        int n = 20_000;
        long[] keys = new long[n];
        int[] stratumOf = new int[n];
        int[] sizes = new int[3];
        for (int i = 0; i < n; i++) {
            keys[i] = 9_999_000_000_000_000L + random.nextInt(1_000_000) * 1_000_000L + i % 7;
            stratumOf[i] = i % 3;
            sizes[i % 3]++;
        }
        keys[17] = keys[18]; // a tie between strata, and one inside a stratum:
        keys[3] = keys[6];
        int[] want = {700, 0, sizes[2]};
        java.util.Comparator<Integer> byIndex = Integer::compare; // stands in for the full tickets
        java.util.Comparator<Integer> order = java.util.Comparator.<Integer>comparingLong(i -> keys[i]).thenComparing(byIndex);
        int[] got = DrawEngine.smallest(keys, stratumOf, sizes, want, byIndex);
        assertEquals(bruteSmallest(keys, stratumOf, want, order),
                java.util.Arrays.stream(got).boxed().toList());
    }

    @Test
    void sortByTicket_sortsByKeyAndBreaksEqualKeysByTheFullTicket() {
        long[] keys = {50, 10, 50, 30, 10, 50, 0};
        int[] indices = {10, 11, 12, 13, 14, 15, 16};
        // the "full ticket" order among equal keys: higher index first, to show it is used
        DrawEngine.sortByTicket(indices, keys, (a, b) -> Integer.compare(b, a));
        assertEquals(List.of(16, 14, 11, 13, 15, 12, 10), java.util.Arrays.stream(indices).boxed().toList());
        assertEquals(List.of(0L, 10L, 10L, 30L, 50L, 50L, 50L), java.util.Arrays.stream(keys).boxed().toList());
    }
}
