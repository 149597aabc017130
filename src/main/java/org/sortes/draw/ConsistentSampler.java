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
    private static final long TEN_16 = 10_000_000_000_000_000L;

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

    /** The first 16 digits of the ticket as a number: orders tickets except for rare ties. */
    public static long sortKey(byte[] hash) {
        long r = 0;
        for (byte b : hash) {
            // r < 10^16, so r * 256 + 255 < 2^63: no overflow
            r = (r * 256 + (b & 0xff)) % TEN_16;
        }
        long key = 0;
        for (int i = 0; i < 16; i++) {
            key = key * 10 + r % 10;
            r /= 10;
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
