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
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            keys[i] = ConsistentSampler.sortKey(sampler.hashOf(c.id()));
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
        Map<String, List<PoolInspector>> qualified = new HashMap<>();
        for (String d : departments) {
            qualified.put(d, new ArrayList<>());
        }
        for (PoolInspector p : pool) {
            if (qualified.containsKey(p.department()) && p.qualifiedOn(plan.sessionDate())) {
                qualified.get(p.department()).add(p); // pool order: by certificate number
            }
        }
        // workload cap: each department's assignments spread evenly, ceil(targets * m / pool size)
        Map<String, Integer> cap = new HashMap<>();
        for (String d : departments) {
            int size = qualified.get(d).size();
            cap.put(d, size == 0 ? 0 : (winners.size() * m + size - 1) / size);
        }
        Map<String, Integer> load = new HashMap<>();
        List<DrawResult.Target> out = new ArrayList<>();
        int rank = 0;
        for (int w : winners) {
            Candidate target = candidates.get(w);
            List<DrawResult.Member> team = new ArrayList<>();
            DrawResult.Shortfall shortfall = null;
            for (int di = 0; di < departments.size() && shortfall == null; di++) {
                String d = departments.get(di);
                List<PoolInspector> eligible = new ArrayList<>();
                for (PoolInspector p : qualified.get(d)) {
                    if (!p.conflicts().contains(target.id())
                            && !(plan.avoidSameRegion() && p.region() != null && p.region().equals(target.region()))
                            && load.getOrDefault(p.certificateNo(), 0) < cap.get(d)) {
                        eligible.add(p);
                    }
                }
                if (eligible.size() < m) {
                    shortfall = new DrawResult.Shortfall(d, eligible.size(), m);
                    break;
                }
                CounterGenerator gen = new CounterGenerator(sampler.seedHash() + "/" + target.id() + "/" + di);
                for (int pick : gen.distinct(eligible.size(), m)) {
                    PoolInspector p = eligible.get(pick - 1);
                    team.add(new DrawResult.Member(p.certificateNo(), p.name(), p.department()));
                }
            }
            if (shortfall != null) {
                team = List.of();
            } else {
                team.forEach(mb -> load.merge(mb.certificateNo(), 1, Integer::sum));
            }
            String ticket = sampler.ticket(target.id());
            out.add(new DrawResult.Target(++rank, target.id(), target.stratum(), target.region(), ticket,
                    List.copyOf(team), shortfall));
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
