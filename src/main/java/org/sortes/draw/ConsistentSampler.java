package org.sortes.draw;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Rivest's consistent sampler (ron-rivest/consistent_sampler, the one Arlo uses), without
 * replacement: each id gets the ticket "0." + reverse(decimal(SHA-256(seedHash + id)) padded to at
 * least 64 digits), where seedHash is the lowercase hex SHA-256 of the seed; the smallest tickets win.
 *
 * <p>Ordering needs no decimal strings: the ticket's first 16 digits are the last 16 decimal digits
 * of N reversed, i.e. N mod 10^16 read backwards. That 16-digit key is compared first and the full
 * tickets only when two keys are equal.
 */
public final class ConsistentSampler {

    private final String seedHash;
    private final MessageDigest afterSeedHash;

    public ConsistentSampler(String seed) {
        this.seedHash = Sha256.hex(seed);
        this.afterSeedHash = Sha256.newDigest();
        // seedHash is 64 ASCII bytes, exactly one SHA-256 block: hash it once and clone the state
        afterSeedHash.update(seedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public String seedHash() {
        return seedHash;
    }

    /** SHA-256(UTF-8(seedHash + id)). */
    public byte[] hashOf(String id) {
        try {
            MessageDigest md = (MessageDigest) afterSeedHash.clone();
            return md.digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            MessageDigest md = Sha256.newDigest();
            md.update(seedHash.getBytes(StandardCharsets.US_ASCII));
            return md.digest(id.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** 5^16: 10^16 = 2^16 * 5^16, and N mod 10^16 is assembled from N mod 2^16 and N mod 5^16. */
    private static final long FIVE_16 = 152_587_890_625L;
    /** The inverse of 5^16 modulo 2^16 (5^16 is odd, so it has one). */
    private static final long FIVE_16_INVERSE = inverseMod65536(FIVE_16);

    private static long inverseMod65536(long odd) {
        long x = 1;
        for (int i = 0; i < 5; i++) {
            x = (x * (2 - odd * x)) & 0xFFFF; // Newton's iteration doubles the correct low bits each step
        }
        return x;
    }

    /** The first 16 digits of the ticket as a number: orders tickets except for rare ties. */
    public static long sortKey(byte[] hash) {
        // N mod 2^16: the last two bytes
        long low = ((hash[30] & 0xffL) << 8) | (hash[31] & 0xffL);
        // N mod 5^16, three bytes at a time (r < 2^38, so r * 2^24 < 2^62)
        long r = (((hash[0] & 0xffL) << 8) | (hash[1] & 0xffL)) % FIVE_16;
        for (int i = 2; i < 32; i += 3) {
            r = ((r << 24) | ((hash[i] & 0xffL) << 16) | ((hash[i + 1] & 0xffL) << 8) | (hash[i + 2] & 0xffL)) % FIVE_16;
        }
        // Chinese remainder: x = r + 5^16 * t with x = low (mod 2^16)
        long t = ((low - r) * FIVE_16_INVERSE) & 0xFFFF;
        long mod = r + FIVE_16 * t;
        long key = 0;
        for (int i = 0; i < 16; i++) {
            key = key * 10 + mod % 10;
            mod /= 10;
        }
        return key;
    }

    /** The full ticket, e.g. "0.26299714..." (digits as many as N has, at least 64). */
    public static String ticket(byte[] hash) {
        String digits = new BigInteger(1, hash).toString();
        StringBuilder sb = new StringBuilder(digits.length() < 64 ? 64 : digits.length());
        for (int i = digits.length(); i < 64; i++) {
            sb.append('0');
        }
        sb.append(digits);
        return "0." + sb.reverse();
    }

    public String ticket(String id) {
        return ticket(hashOf(id));
    }

    /** Compares two tickets numerically (their fractional digits lexicographically). */
    public static int compareTickets(String a, String b) {
        return a.compareTo(b);
    }

}
