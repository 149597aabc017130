package org.sortes.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The SHA-256 counter generator of ColoradoRLA and Rivest's 2011 sampler: value i is
 * SHA-256(UTF-8(s + "," + i)) read as an unsigned big-endian integer, mod n, plus 1, for
 * i = 1, 2, ...; drawing without replacement skips values already drawn.
 */
public final class CounterGenerator {
    private final byte[] prefix;
    private final MessageDigest digest;
    private long counter;

    public CounterGenerator(String s) {
        this(s, Sha256.newDigest());
    }

    /** With a digest to reuse (looking one up costs more than a short hash); not thread-safe. */
    public CounterGenerator(String s, MessageDigest digest) {
        this.prefix = (s + ",").getBytes(StandardCharsets.UTF_8);
        this.digest = digest;
    }

    /** The next value in 1..n. */
    public int next(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("range must hold at least one value");
        }
        counter++;
        digest.reset();
        digest.update(prefix);
        byte[] h = digest.digest(Long.toString(counter).getBytes(StandardCharsets.US_ASCII));
        // the hash read as a big-endian integer, mod n, by Horner's rule on 32-bit words: remainders
        // stay below n < 2^31, so r * 2^32 + word < 2^63 never overflows
        long r = 0;
        for (int j = 0; j < 32; j += 4) {
            long word = ((h[j] & 0xffL) << 24) | ((h[j + 1] & 0xffL) << 16) | ((h[j + 2] & 0xffL) << 8) | (h[j + 3] & 0xffL);
            r = ((r << 32) | word) % n;
        }
        return (int) r + 1;
    }

    /** m distinct values in 1..n, in the order drawn. */
    public List<Integer> distinct(int n, int m) {
        if (m > n) {
            throw new IllegalArgumentException("cannot draw " + m + " distinct values from " + n);
        }
        // teams are small: a linear scan of the values drawn so far beats a hash set
        int[] drawn = new int[m];
        int count = 0;
        while (count < m) {
            int v = next(n);
            boolean seen = false;
            for (int j = 0; j < count && !seen; j++) {
                seen = drawn[j] == v;
            }
            if (!seen) {
                drawn[count++] = v;
            }
        }
        List<Integer> out = new ArrayList<>(m);
        for (int v : drawn) {
            out.add(v);
        }
        return out;
    }
}
