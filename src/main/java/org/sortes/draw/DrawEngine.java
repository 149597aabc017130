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

    public static DrawResult draw(DrawPlan plan, List<Candidate> candidateList, List<PoolInspector> pool, String seed) {
        CandidateList candidates = CandidateList.of(candidateList);
        ConsistentSampler sampler = new ConsistentSampler(seed);
        int strataCount = plan.strata().size();
        int n = candidates.size();
        long[] keys = new long[n];
        int[] sizes = new int[strataCount];
        int[] stratumOf = new int[n];
        for (int i = 0; i < n; i++) {
            int s = candidates.stratum(i);
            if (s < 0 || s >= strataCount) {
                throw new IllegalArgumentException("candidate " + candidates.id(i) + " has no stratum " + s);
            }
            stratumOf[i] = s;
            sizes[s]++;
        }
        int[] want = new int[strataCount];
        for (int s = 0; s < strataCount; s++) {
            want[s] = plan.strata().get(s).sampleSize(sizes[s]);
        }
        // equal 16-digit keys are rare: then the full tickets decide
        Comparator<Integer> byFullTicket = Comparator.comparing(i -> sampler.ticket(candidates.id(i)));
        // the tickets' sort keys are independent of each other: hash on every core, in chunks
        int chunk = 1 << 15;
        java.util.stream.IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
            ConsistentSampler.KeyHasher hasher = sampler.keyHasher();
            byte[] ids = candidates.idBytes();
            for (int i = c * chunk, end = n < (c + 1) * chunk ? n : (c + 1) * chunk; i < end; i++) {
                keys[i] = hasher.sortKey(ids, candidates.idStart(i), candidates.idEnd(i));
            }
        });
        int[] winners = smallest(keys, stratumOf, sizes, want, byFullTicket);

        List<DrawResult.Target> targets = assignTeams(plan, candidates, pool, sampler, winners);
        List<Integer> sizeList = new ArrayList<>();
        List<Integer> wantList = new ArrayList<>();
        for (int s = 0; s < strataCount; s++) {
            sizeList.add(sizes[s]);
            wantList.add(want[s]);
        }
        return new DrawResult(sampler.seedHash(), targets, sizeList, wantList);
    }

    private static List<DrawResult.Target> assignTeams(DrawPlan plan, CandidateList candidates,
                                                        List<PoolInspector> pool, ConsistentSampler sampler,
                                                        int[] winners) {
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
            cap[di] = size == 0 ? 0 : (winners.length * m + size - 1) / size;
            available.add(new ArrayList<>(qualified.get(di)));
        }
        // the winners lie scattered through the candidate columns: fetch them on all cores at once
        Candidate[] targets = new Candidate[winners.length];
        java.util.stream.IntStream.range(0, winners.length).parallel().forEach(k -> targets[k] = candidates.get(winners[k]));
        // their full tickets (decimal strings of 256-bit numbers) do not depend on the teams: the
        // other cores write them while this thread assigns the teams
        String[] tickets = new String[winners.length];
        java.util.concurrent.CompletableFuture<Void> ticketsWritten = java.util.concurrent.CompletableFuture.runAsync(
                () -> java.util.stream.IntStream.range(0, tickets.length).parallel()
                        .forEach(k -> tickets[k] = sampler.ticket(targets[k].id())));
        java.security.MessageDigest digest = Sha256.newDigest();
        Map<PoolInspector, int[]> load = new java.util.IdentityHashMap<>();
        List<List<DrawResult.Member>> teams = new ArrayList<>(winners.length);
        DrawResult.Shortfall[] shortfalls = new DrawResult.Shortfall[winners.length];
        for (int rank = 0; rank < targets.length; rank++) {
            Candidate target = targets[rank];
            List<String> conflicted = conflictsOf.isEmpty() ? List.of() : conflictsOf.getOrDefault(target.id(), List.of());
            List<PoolInspector> team = new ArrayList<>();
            List<Integer> teamDepartments = new ArrayList<>();
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
                CounterGenerator gen = new CounterGenerator(generatorSeed(sampler, target, di), digest);
                for (int pick : gen.distinct(eligible.size(), m)) {
                    team.add(eligible.get(pick - 1));
                    teamDepartments.add(di);
                }
            }
            List<DrawResult.Member> members = new ArrayList<>();
            if (shortfall == null) {
                for (int j = 0; j < team.size(); j++) {
                    PoolInspector p = team.get(j);
                    int di = teamDepartments.get(j);
                    members.add(new DrawResult.Member(p.certificateNo(), p.name(), p.department()));
                    if (++load.computeIfAbsent(p, x -> new int[1])[0] >= cap[di]) {
                        List<PoolInspector> still = available.get(di);
                        for (int at = 0; at < still.size(); at++) {
                            if (still.get(at) == p) {
                                still.remove(at);
                                break;
                            }
                        }
                    }
                }
            }
            teams.add(List.copyOf(members));
            shortfalls[rank] = shortfall;
        }
        ticketsWritten.join();
        List<DrawResult.Target> out = new ArrayList<>(winners.length);
        for (int k = 0; k < winners.length; k++) {
            out.add(new DrawResult.Target(k + 1, targets[k].id(), targets[k].stratum(), targets[k].region(), tickets[k],
                    teams.get(k), shortfalls[k]));
        }
        return out;
    }

    /** The seed of a target's generator for department di: seedHash + "/" + id + "/" + di. */
    private static String generatorSeed(ConsistentSampler sampler, Candidate target, int di) {
        return sampler.seedHash() + "/" + target.id() + "/" + di;
    }

    /**
     * Each stratum's k candidates with the smallest tickets, all in ascending ticket order. Keys are uniform over [0, 10^16), so a
     * stratum's k smallest almost always lie below a threshold a little above k/n of the range
     * (at (k + k/8 + 256)/n, many standard deviations of the count): one pass counts those, a second
     * collects them, and only they are sorted. A stratum with fewer than k below its threshold
     * raises it fourfold and is counted again. The result is exactly the k smallest whatever the
     * thresholds.
     */
    static int[] smallest(long[] keys, int[] stratumOf, int[] sizes, int[] want, Comparator<Integer> byFullTicket) {
        long range = 10_000_000_000_000_000L;
        int strata = sizes.length;
        long[] threshold = new long[strata];
        for (int s = 0; s < strata; s++) {
            long margin = want[s] + want[s] / 8 + 256L;
            threshold[s] = want[s] == 0 ? Long.MIN_VALUE
                    : want[s] >= sizes[s] || margin >= sizes[s] ? Long.MAX_VALUE : (range / sizes[s]) * margin;
        }
        int[] below = new int[strata];
        boolean again = true;
        while (again) {
            java.util.Arrays.fill(below, 0);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < threshold[stratumOf[i]]) {
                    below[stratumOf[i]]++;
                }
            }
            again = false;
            for (int s = 0; s < strata; s++) {
                if (below[s] < want[s] && threshold[s] != Long.MAX_VALUE) {
                    threshold[s] = threshold[s] > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : threshold[s] * 4;
                    again = true;
                }
            }
        }
        // collect each stratum's indices with their keys, so that sorting never reaches back into
        // the million-entry key array (each such read a cache miss)
        int[][] collected = new int[strata][];
        long[][] collectedKeys = new long[strata][];
        for (int s = 0; s < strata; s++) {
            collected[s] = new int[below[s]];
            collectedKeys[s] = new long[below[s]];
            below[s] = 0;
        }
        for (int i = 0; i < keys.length; i++) {
            int s = stratumOf[i];
            if (keys[i] < threshold[s]) {
                collected[s][below[s]] = i;
                collectedKeys[s][below[s]++] = keys[i];
            }
        }
        int total = 0;
        for (int s = 0; s < strata; s++) {
            total += want[s];
        }
        int[] winners = new int[total];
        long[] winnerKeys = new long[total];
        int at = 0;
        for (int s = 0; s < strata; s++) {
            sortByTicket(collected[s], collectedKeys[s], byFullTicket);
            System.arraycopy(collected[s], 0, winners, at, want[s]);
            System.arraycopy(collectedKeys[s], 0, winnerKeys, at, want[s]);
            at += want[s];
        }
        sortByTicket(winners, winnerKeys, byFullTicket);
        return winners;
    }

    /**
     * Sorts candidate indices, with keys[j] the key of indices[j], into ascending ticket order, both
     * arrays in place: a primitive sort of the keys, each index then placed at its key's rank (found
     * by binary search), and runs of equal keys ordered by the full tickets. (Boxed sorting of tens
     * of thousands of indices cost more than the rest of the selection together.)
     */
    static void sortByTicket(int[] indices, long[] keys, Comparator<Integer> byFullTicket) {
        int n = indices.length;
        long[] sorted = keys.clone();
        java.util.Arrays.sort(sorted);
        int[] order = new int[n];
        int[] placed = new int[n];
        for (int j = 0; j < n; j++) {
            int first = firstAtLeast(sorted, keys[j]);
            order[first + placed[first]++] = indices[j];
        }
        for (int a = 0, b; a < n; a = b) {
            b = a + 1;
            while (b < n && sorted[b] == sorted[a]) {
                b++;
            }
            if (b - a > 1) {
                Integer[] tie = new Integer[b - a];
                for (int j = a; j < b; j++) {
                    tie[j - a] = order[j];
                }
                java.util.Arrays.sort(tie, byFullTicket);
                for (int j = a; j < b; j++) {
                    order[j] = tie[j - a];
                }
            }
        }
        System.arraycopy(order, 0, indices, 0, n);
        System.arraycopy(sorted, 0, keys, 0, n);
    }

    /** The first position in sorted whose value is at least key. */
    private static int firstAtLeast(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
