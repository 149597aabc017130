package org.sortes.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The draw: a pure function of plan, frozen lists and seed. Targets by the consistent sampler
 * (each stratum takes its k smallest tickets of the one ticket stream), then teams in ascending
 * ticket order by the SHA-256 counter generator.
 */
public final class DrawEngine {
    private DrawEngine() {
    }

    public static DrawResult draw(DrawPlan plan, List<Candidate> candidates, List<PoolInspector> pool, String seed) {
        ConsistentSampler sampler = new ConsistentSampler(seed);
        int strataCount = plan.strata().size();
        int n = candidates.size();
        long[] keys = new long[n];
        int[] sizes = new int[strataCount];
        for (Candidate c : candidates) {
            if (c.stratum() < 0 || c.stratum() >= strataCount) {
                throw new IllegalArgumentException("candidate " + c.id() + " has no stratum " + c.stratum());
            }
            sizes[c.stratum()]++;
        }
        int[] want = new int[strataCount];
        for (int s = 0; s < strataCount; s++) {
            want[s] = plan.strata().get(s).sampleSize(sizes[s]);
        }
        Comparator<Integer> byTicket = (a, b) -> {
            int c = Long.compare(keys[a], keys[b]);
            // equal 16-digit prefixes are rare: then the full tickets decide
            return c != 0 ? c : sampler.ticket(candidates.get(a).id()).compareTo(sampler.ticket(candidates.get(b).id()));
        };
        List<PriorityQueue<Integer>> smallest = new ArrayList<>();
        for (int s = 0; s < strataCount; s++) {
            smallest.add(new PriorityQueue<>(Math2.max(1, want[s]), byTicket.reversed()));
        }
        // the tickets' sort keys are independent of each other: hash on every core
        java.util.stream.IntStream.range(0, n).parallel()
                .forEach(i -> keys[i] = ConsistentSampler.sortKey(sampler.hashOf(candidates.get(i).id())));
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            int s = c.stratum();
            if (want[s] == 0) {
                continue;
            }
            PriorityQueue<Integer> q = smallest.get(s);
            if (q.size() < want[s]) {
                q.add(i);
            } else if (byTicket.compare(i, q.peek()) < 0) {
                q.poll();
                q.add(i);
            }
        }
        List<Integer> winners = new ArrayList<>();
        smallest.forEach(winners::addAll);
        winners.sort(byTicket);

        List<DrawResult.Target> targets = assignTeams(plan, candidates, pool, sampler, winners);
        List<Integer> sizeList = new ArrayList<>();
        List<Integer> wantList = new ArrayList<>();
        for (int s = 0; s < strataCount; s++) {
            sizeList.add(sizes[s]);
            wantList.add(want[s]);
        }
        return new DrawResult(sampler.seedHash(), targets, sizeList, wantList);
    }

    private static List<DrawResult.Target> assignTeams(DrawPlan plan, List<Candidate> candidates,
                                                        List<PoolInspector> pool, ConsistentSampler sampler,
                                                        List<Integer> winners) {
        List<String> departments = plan.departments();
        int m = plan.membersPerDepartment();
        // per department, the qualified inspectors in pool order (by certificate number)
        List<List<PoolInspector>> qualified = new ArrayList<>();
        for (String d : departments) {
            List<PoolInspector> q = new ArrayList<>();
            for (PoolInspector p : pool) {
                if (p.department().equals(d) && p.qualifiedOn(plan.sessionDate())) {
                    q.add(p);
                }
            }
            qualified.add(q);
        }
        // declared conflicts by subject, so that a target's check is a lookup, not a scan
        Map<String, List<String>> conflictsOf = new HashMap<>();
        for (PoolInspector p : pool) {
            for (String subject : p.conflicts()) {
                conflictsOf.computeIfAbsent(subject, k -> new ArrayList<>()).add(p.certificateNo());
            }
        }
        // workload cap: each department's assignments spread evenly, ceil(targets * m / pool size);
        // "available" keeps, in pool order, those still below the cap
        List<List<PoolInspector>> available = new ArrayList<>();
        int[] cap = new int[departments.size()];
        for (int di = 0; di < departments.size(); di++) {
            int size = qualified.get(di).size();
            cap[di] = size == 0 ? 0 : (winners.size() * m + size - 1) / size;
            available.add(new ArrayList<>(qualified.get(di)));
        }
        Map<String, Integer> load = new HashMap<>();
        List<DrawResult.Target> out = new ArrayList<>();
        int rank = 0;
        for (int w : winners) {
            Candidate target = candidates.get(w);
            List<String> conflicted = conflictsOf.getOrDefault(target.id(), List.of());
            List<PoolInspector> team = new ArrayList<>();
            DrawResult.Shortfall shortfall = null;
            for (int di = 0; di < departments.size(); di++) {
                List<PoolInspector> eligible = available.get(di);
                List<String> lastTime = plan.avoidLastInspector() ? target.lastInspectors() : List.of();
                if (!conflicted.isEmpty() || !lastTime.isEmpty() || plan.avoidSameRegion()) {
                    eligible = new ArrayList<>();
                    for (PoolInspector p : available.get(di)) {
                        if (!conflicted.contains(p.certificateNo()) && !lastTime.contains(p.certificateNo())
                                && !(plan.avoidSameRegion() && p.region() != null && p.region().equals(target.region()))) {
                            eligible.add(p);
                        }
                    }
                }
                if (eligible.size() < m) {
                    shortfall = new DrawResult.Shortfall(departments.get(di), eligible.size(), m);
                    break;
                }
                CounterGenerator gen = new CounterGenerator(sampler.seedHash() + "/" + target.id() + "/" + di);
                for (int pick : gen.distinct(eligible.size(), m)) {
                    team.add(eligible.get(pick - 1));
                }
            }
            List<DrawResult.Member> members = new ArrayList<>();
            if (shortfall == null) {
                for (PoolInspector p : team) {
                    members.add(new DrawResult.Member(p.certificateNo(), p.name(), p.department()));
                    int di = departments.indexOf(p.department());
                    if (load.merge(p.certificateNo(), 1, Integer::sum) >= cap[di]) {
                        available.get(di).remove(p);
                    }
                }
            }
            out.add(new DrawResult.Target(++rank, target.id(), target.stratum(), target.region(),
                    sampler.ticket(target.id()), List.copyOf(members), shortfall));
        }
        return out;
    }

    /** Integer helpers (java.lang.Math is kept out of the draw package to keep floating point out). */
    private static final class Math2 {
        static int max(int a, int b) {
            return a > b ? a : b;
        }
    }
}
