package org.sortes.draw;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The frozen candidates stored by column: all ids packed as UTF-8 in one array, strata and region
 * numbers in int arrays. A million candidates take about 30 MB instead of a million objects, and the
 * draw's hashing pass reads the ids in order from one block of memory rather than chasing a pointer
 * per candidate (which cost it more than the hashing). Immutable; {@link #get} builds the record.
 */
public final class CandidateList extends AbstractList<Candidate> implements RandomAccess {
    private final byte[] ids;
    /** Candidate i's id is ids[starts[i] .. starts[i + 1]). */
    private final int[] starts;
    private final int[] strata;
    private final String[] regionNames;
    /** Index into regionNames, -1 where the candidate has no region. */
    private final int[] regionOf;
    /** Only the candidates that have last-check inspectors (most have none). */
    private final Map<Integer, List<String>> lastInspectors;

    private CandidateList(byte[] ids, int[] starts, int[] strata, String[] regionNames, int[] regionOf,
                          Map<Integer, List<String>> lastInspectors) {
        this.ids = ids;
        this.starts = starts;
        this.strata = strata;
        this.regionNames = regionNames;
        this.regionOf = regionOf;
        this.lastInspectors = lastInspectors;
    }

    /** The list itself if already packed, otherwise a packed copy in the same order. */
    public static CandidateList of(List<Candidate> candidates) {
        if (candidates instanceof CandidateList packed) {
            return packed;
        }
        Packer packer = new Packer();
        for (Candidate c : candidates) {
            packer.add(c.id(), c.stratum(), c.region(), c.lastInspectors());
        }
        return packer.inOrder();
    }

    /**
     * Packs candidates as they come, in any order, and sorts them by id at the end: a freeze of a
     * million subjects keeps a few growing arrays instead of a million records with their strings,
     * which the collector copied from one young pause to the next while the register streamed past.
     */
    static final class Packer {
        /** An id's usual length in UTF-8: a unified social credit code is 18 ASCII characters. */
        private static final long USUAL_ID_BYTES = 20;
        private byte[] ids;
        private int idBytes;
        private int[] starts;
        private int[] ends;
        private int[] strata;
        private int[] regionOf;
        private final Map<String, Integer> regions = new LinkedHashMap<>();
        private final Map<Integer, List<String>> lastInspectors = new HashMap<>();
        private int n;

        Packer() {
            this(0);
        }

        /**
         * @param expected how many candidates may come at most (the register's length): the arrays are made
         *                 once at that size rather than doubled as they fill. A large array made while the
         *                 hall watches holds every thread, the windows' too, while the JVM clears it; doubled
         *                 they were made five times, the last of them 32 MB (decision 0021).
         */
        Packer(int expected) {
            int lines = expected > 1 << 10 ? expected : 1 << 10;
            starts = new int[lines];
            ends = new int[lines];
            strata = new int[lines];
            regionOf = new int[lines];
            long idRoom = expected * USUAL_ID_BYTES; // integers only in the draw's core: no Math (ArchitectureTest)
            ids = new byte[idRoom < 1 << 16 ? 1 << 16 : idRoom > Integer.MAX_VALUE - 16 ? Integer.MAX_VALUE - 16 : (int) idRoom];
        }

        void add(String id, int stratum, String region, List<String> lastInspectorsOfIt) {
            if (n == strata.length) {
                int grown = n * 2;
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
                strata = java.util.Arrays.copyOf(strata, grown);
                regionOf = java.util.Arrays.copyOf(regionOf, grown);
            }
            byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
            if (idBytes + utf8.length > ids.length) {
                int doubled = ids.length * 2; // an id is far shorter than the block: doubling always makes room
                ids = java.util.Arrays.copyOf(ids, doubled >= idBytes + utf8.length ? doubled : idBytes + utf8.length);
            }
            System.arraycopy(utf8, 0, ids, idBytes, utf8.length);
            starts[n] = idBytes;
            idBytes += utf8.length;
            ends[n] = idBytes;
            strata[n] = stratum;
            regionOf[n] = region == null ? -1 : regions.computeIfAbsent(region, r -> regions.size());
            if (lastInspectorsOfIt != null && !lastInspectorsOfIt.isEmpty()) {
                // sorted as a Candidate sorts them, so that the list reads back as the records would
                lastInspectors.put(n, lastInspectorsOfIt.stream().sorted().toList());
            }
            n++;
        }

        /** The candidates in ascending order of id (UTF-8 bytes compared unsigned: code point order). */
        CandidateList sorted() {
            int[] order = identity();
            mergeSort(order, new int[n], 0, n);
            return packed(order);
        }

        /** The candidates in the order they were added. */
        CandidateList inOrder() {
            return packed(identity());
        }

        private int[] identity() {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }

        /** The candidates in that order (indices in the order they were added), packed in final arrays. */
        private CandidateList packed(int[] order) {
            byte[] packed = new byte[idBytes];
            int[] packedStarts = new int[n + 1];
            int[] packedStrata = new int[n];
            int[] packedRegions = new int[n];
            Map<Integer, List<String>> packedLast = new HashMap<>();
            int at = 0;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                int length = ends[i] - starts[i];
                System.arraycopy(ids, starts[i], packed, at, length);
                at += length;
                packedStarts[k + 1] = at;
                packedStrata[k] = strata[i];
                packedRegions[k] = regionOf[i];
                List<String> last = lastInspectors.get(i);
                if (last != null) {
                    packedLast.put(k, last);
                }
            }
            return new CandidateList(packed, packedStarts, packedStrata, regions.keySet().toArray(new String[0]),
                    packedRegions, packedLast);
        }

        /** A stable merge sort of a[from, to) by id, with tmp as scratch: no boxing of a million indices. */
        private void mergeSort(int[] a, int[] tmp, int from, int to) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(a, tmp, from, mid);
            mergeSort(a, tmp, mid, to);
            if (compare(a[mid - 1], a[mid]) <= 0) {
                return; // already in order (a register streams mostly sorted)
            }
            System.arraycopy(a, from, tmp, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
                    a[k] = tmp[i++];
                } else {
                    a[k] = tmp[j++];
                }
            }
        }

        private int compare(int x, int y) {
            return java.util.Arrays.compareUnsigned(ids, starts[x], ends[x], ids, starts[y], ends[y]);
        }
    }

    /**
     * Reads a canonical candidates stream (as {@link CanonicalLists#writeCandidates} writes it) straight
     * into the packed form, without a string or a record per line: a million lines leave a few arrays
     * behind, not a million objects for the collector to copy. Same result and same errors as
     * {@link CanonicalLists#parseCandidates}.
     */
    public static CandidateList fromCanonical(byte[] lines) {
        if (lines.length > 0 && lines[lines.length - 1] != '\n') {
            throw new IllegalArgumentException("list does not end with a line feed (truncated?)");
        }
        // lines and the ids' bytes (each line's bytes before its first tab) counted first: the ids' block
        // is made once at its length, not at the list's and copied (see StoredLists.inflated for why)
        int n = 0;
        int idLength = 0;
        boolean inId = true;
        for (byte b : lines) {
            if (b == '\n') {
                n++;
                inId = true;
            } else if (b == '\t') {
                inId = false;
            } else if (inId) {
                idLength++;
            }
        }
        byte[] ids = new byte[idLength];
        int[] starts = new int[n + 1];
        int[] strata = new int[n];
        int[] regionOf = new int[n];
        Map<String, Integer> regions = new LinkedHashMap<>();
        Map<Integer, List<String>> last = new HashMap<>();
        int[] tabs = new int[3];
        int at = 0;
        int idBytes = 0;
        for (int i = 0; i < n; i++) {
            int end = at;
            int found = 0;
            while (lines[end] != '\n') {
                if (lines[end] == '\t') {
                    if (found == 3) {
                        throw new IllegalArgumentException("candidate list line " + (i + 1) + " is malformed");
                    }
                    tabs[found++] = end;
                }
                end++;
            }
            if (found != 3 || tabs[0] == at) {
                throw new IllegalArgumentException("candidate list line " + (i + 1) + " is malformed");
            }
            System.arraycopy(lines, at, ids, idBytes, tabs[0] - at);
            idBytes += tabs[0] - at;
            starts[i + 1] = idBytes;
            strata[i] = stratum(lines, tabs[0] + 1, tabs[1], i + 1);
            if (tabs[2] == tabs[1] + 1) {
                regionOf[i] = -1;
            } else {
                String region = new String(lines, tabs[1] + 1, tabs[2] - tabs[1] - 1, StandardCharsets.UTF_8);
                regionOf[i] = regions.computeIfAbsent(region, r -> regions.size());
            }
            if (end > tabs[2] + 1) {
                last.put(i, List.of(new String(lines, tabs[2] + 1, end - tabs[2] - 1, StandardCharsets.UTF_8).split(";")));
            }
            at = end + 1;
        }
        return new CandidateList(ids, starts, strata,
                regions.keySet().toArray(new String[0]), regionOf, last);
    }

    /** A stratum number as Integer.parseInt reads it; plain digits without making a string. */
    private static int stratum(byte[] b, int from, int to, int line) {
        boolean plain = to > from && to - from <= 9;
        int value = 0;
        for (int i = from; plain && i < to; i++) {
            plain = b[i] >= '0' && b[i] <= '9';
            value = value * 10 + (b[i] - '0');
        }
        if (plain) {
            return value;
        }
        try {
            return Integer.parseInt(new String(b, from, to - from, StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("candidate list line " + line + ": stratum is not a number");
        }
    }

    @Override
    public Candidate get(int i) {
        return new Candidate(id(i), strata[i], region(i), lastInspectors.getOrDefault(i, List.of()));
    }

    @Override
    public int size() {
        return strata.length;
    }

    public String id(int i) {
        return new String(ids, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    public int stratum(int i) {
        return strata[i];
    }

    public String region(int i) {
        return regionOf[i] < 0 ? null : regionNames[regionOf[i]];
    }

    /** The packed UTF-8 ids; read-only for the draw's hashing pass. */
    byte[] idBytes() {
        return ids;
    }

    int idStart(int i) {
        return starts[i];
    }

    int idEnd(int i) {
        return starts[i + 1];
    }
}
