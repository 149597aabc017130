package org.sortes.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // the tickets' sort keys are independent of each other: hash on every core, in chunks
        List<String> ids = candidates.stream().map(Candidate::id).toList();
        int chunk = 1 << 15;
        java.util.stream.IntStream.range(0, (n + chunk - 1) / chunk).parallel()
                .forEach(c -> sampler.sortKeys(ids, keys, c * chunk, n < (c + 1) * chunk ? n : (c + 1) * chunk));
        List<Integer> winners = new ArrayList<>();
        for (int s = 0; s < strataCount; s++) {
            winners.addAll(smallest(candidates, keys, s, sizes[s], want[s], byTicket));
        }
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
        // the winners' full tickets (decimal strings of 256-bit numbers) are independent: all cores
        String[] tickets = new String[winners.size()];
        java.util.stream.IntStream.range(0, tickets.length).parallel()
                .forEach(k -> tickets[k] = sampler.ticket(candidates.get(winners.get(k)).id()));
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
                        available.get(di).removeIf(x -> x == p);
                    }
                }
            }
            out.add(new DrawResult.Target(rank + 1, target.id(), target.stratum(), target.region(), tickets[rank],
                    List.copyOf(members), shortfall));
            rank++;
        }
        return out;
    }

    /**
     * The k candidates of a stratum with the smallest tickets. Keys are uniform over [0, 10^16), so
     * the k smallest almost always lie below a threshold a little above k/n of the range: only those
     * are sorted. If fewer than k fall below it, the threshold is raised and the pass repeated. The
     * result is exactly the k smallest whatever the threshold.
     */
    private static List<Integer> smallest(List<Candidate> candidates, long[] keys, int stratum, int n, int k,
                                          Comparator<Integer> byTicket) {
        if (k == 0) {
            return List.of();
        }
        long range = 10_000_000_000_000_000L;
        long threshold = k >= n ? Long.MAX_VALUE : (range / n) * (2L * k + 64);
        while (true) {
            List<Integer> below = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < threshold && candidates.get(i).stratum() == stratum) {
                    below.add(i);
                }
            }
            if (below.size() >= k || threshold == Long.MAX_VALUE) {
                below.sort(byTicket);
                return below.subList(0, k);
            }
            threshold = threshold > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : threshold * 4;
        }
    }
}
