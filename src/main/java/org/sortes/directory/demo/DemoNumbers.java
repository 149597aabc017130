package org.sortes.directory.demo;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Deterministic numbers for the demo data: SHA-256 of "seed,counter", so the demo is the same on
 * every machine and every Java version (java.util.Random is not used anywhere in Sortes).
 */
final class DemoNumbers {
    private final String seed;
    private final MessageDigest sha256;
    private long counter;

    DemoNumbers(String seed) {
        this.seed = seed;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole number in [0, bound). */
    int below(int bound) {
        byte[] d = sha256.digest((seed + "," + (++counter)).getBytes(StandardCharsets.UTF_8));
        return new BigInteger(1, d).mod(BigInteger.valueOf(bound)).intValue();
    }

    /** True with the given chance in percent. */
    boolean percent(int chance) {
        return below(100) < chance;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** Picks by integer weights: weights[i] is the relative chance of items[i]. */
    <T> T weighted(List<T> items, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = below(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException();
    }
}
