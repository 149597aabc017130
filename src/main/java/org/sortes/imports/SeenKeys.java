package org.sortes.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys one file has used so far, each with the row that first used it, for the duplicate check.
 * A million keys in a HashMap of strings cost over 100 MB of small objects that the collector kept
 * copying while the import ran; here a key is its SHA-256 cut to 128 bits, kept in flat arrays
 * (open addressing, linear probing). Two different keys share 128 bits with a chance near 2^-90 in
 * a million-row file, and finding such a pair on purpose is far beyond anyone's means.
 */
final class SeenKeys {
    private final MessageDigest sha256;
    private long[] high;
    private long[] low;
    /** The first row of the key in each slot, plus one; 0 marks an empty slot. */
    private long[] rows;
    private int size;

    SeenKeys() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        allocate(1 << 12);
    }

    /** The row that first used key, or -1 when it is new (and now remembered as used by rowNumber). */
    long putIfAbsent(String key, long rowNumber) {
        byte[] h = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        long a = word(h, 0);
        long b = word(h, 8);
        int mask = rows.length - 1;
        int slot = (int) (a ^ (a >>> 32)) & mask;
        while (rows[slot] != 0) {
            if (high[slot] == a && low[slot] == b) {
                return rows[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        high[slot] = a;
        low[slot] = b;
        rows[slot] = rowNumber + 1;
        if (++size * 4L > rows.length * 3L) {
            grow();
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        rows = new long[capacity];
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldRows = rows;
        allocate(oldRows.length * 2);
        int mask = rows.length - 1;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = (int) (oldHigh[i] ^ (oldHigh[i] >>> 32)) & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static long word(byte[] h, int from) {
        long w = 0;
        for (int i = from; i < from + 8; i++) {
            w = (w << 8) | (h[i] & 0xff);
        }
        return w;
    }
}
