package org.sortes.draw;

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
    /** seedHash as hashed: 64 ASCII bytes, exactly one SHA-256 block. */
    private final byte[] seedBlock;
    private final MessageDigest afterSeedHash;

    public ConsistentSampler(String seed) {
        this.seedHash = Sha256.hex(seed);
        this.seedBlock = seedHash.getBytes(StandardCharsets.US_ASCII);
        this.afterSeedHash = Sha256.newDigest();
        // hashed once; a full ticket's hash starts from a clone of that state
        afterSeedHash.update(seedBlock);
    }

    public String seedHash() {
        return seedHash;
    }

    /**
     * A per-thread hasher of sort keys, which makes no garbage: its one digest hashes seedHash (exactly
     * one SHA-256 block) and the id for each id. A copy of the state after seedHash, taken for each id,
     * saved that block's compression but was three arrays and two objects per id: half a gigabyte for
     * a million candidates, which kept the collector busy while the hall watched the draw
     * (docs/benchmarks.md, stop 22). Not thread-safe: one per thread.
     */
    public KeyHasher keyHasher() {
        return new KeyHasher();
    }

    public final class KeyHasher {
        private final byte[] out = new byte[32];
        private final MessageDigest md = Sha256.newDigest();

        /** sortKey(hashOf(id)) for an id encoded as UTF-8 in bytes[from, to). */
        public long sortKey(byte[] bytes, int from, int to) {
            md.update(seedBlock);
            md.update(bytes, from, to - from);
            try {
                md.digest(out, 0, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            return ConsistentSampler.sortKey(out);
        }
    }

    private MessageDigest afterSeedHashCopy() {
        try {
            return (MessageDigest) afterSeedHash.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose digest cannot be cloned: hash the seedHash block again
            MessageDigest md = Sha256.newDigest();
            md.update(seedBlock);
            return md;
        }
    }

    /** SHA-256(UTF-8(seedHash + id)). */
    public byte[] hashOf(String id) {
        return afterSeedHashCopy().digest(id.getBytes(StandardCharsets.UTF_8));
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

    /** 65536^(15-j) mod 5^16 for each 16-bit position j of a big-endian 32-byte hash. */
    private static final long[] CHUNK_WEIGHTS = new long[16];
    /** The reversal of every four-digit group 0000..9999 (1234 -> 4321, 10 -> 100). */
    private static final short[] REVERSED = new short[10_000];
    /** Reads a hash as four big-endian 64-bit words. */
    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    static {
        long w = 1;
        for (int j = 15; j >= 0; j--) {
            CHUNK_WEIGHTS[j] = w;
            w = (w * 65536) % FIVE_16;
        }
        for (int i = 0; i < 10_000; i++) {
            REVERSED[i] = (short) ((i % 10) * 1000 + (i / 10 % 10) * 100 + (i / 100 % 10) * 10 + i / 1000);
        }
    }

    /** The first 16 digits of the ticket as a number: orders tickets except for rare ties. */
    public static long sortKey(byte[] hash) {
        // N mod 2^16: the last two bytes
        long low = ((hash[30] & 0xffL) << 8) | (hash[31] & 0xffL);
        // N mod 5^16 as a sum of 16-bit chunk * (65536^k mod 5^16): each term < 2^54, 16 terms < 2^58
        long sum = 0;
        for (int k = 0; k < 4; k++) {
            long word = (long) WORDS.get(hash, 8 * k);
            sum += (word >>> 48) * CHUNK_WEIGHTS[4 * k] + ((word >>> 32) & 0xFFFF) * CHUNK_WEIGHTS[4 * k + 1]
                    + ((word >>> 16) & 0xFFFF) * CHUNK_WEIGHTS[4 * k + 2] + (word & 0xFFFF) * CHUNK_WEIGHTS[4 * k + 3];
        }
        long r = sum % FIVE_16;
        // Chinese remainder: x = r + 5^16 * t with x = low (mod 2^16)
        long t = ((low - r) * FIVE_16_INVERSE) & 0xFFFF;
        long mod = r + FIVE_16 * t;
        // the 16 digits reversed, four at a time: d0..d3 are the groups from the least significant
        long g0 = mod % 10_000;
        long g1 = mod / 10_000 % 10_000;
        long g2 = mod / 100_000_000 % 10_000;
        long g3 = mod / 1_000_000_000_000L;
        return ((REVERSED[(int) g0] * 10_000L + REVERSED[(int) g1]) * 10_000L + REVERSED[(int) g2]) * 10_000L
                + REVERSED[(int) g3];
    }

    /**
     * The full ticket, e.g. "0.26299714..." (digits as many as N has, at least 64). N's decimal
     * digits come out least significant first, which is the ticket's order: N is divided by 10^9 as
     * eight 32-bit limbs until it is zero and at least 64 digits are written. Same string as
     * BigInteger's decimal reversed (tested), about five times faster.
     */
    public static String ticket(byte[] hash) {
        long[] limbs = new long[8];
        for (int j = 0; j < 8; j++) {
            limbs[j] = ((hash[4 * j] & 0xffL) << 24) | ((hash[4 * j + 1] & 0xffL) << 16)
                    | ((hash[4 * j + 2] & 0xffL) << 8) | (hash[4 * j + 3] & 0xffL);
        }
        byte[] out = new byte[2 + 81];
        out[0] = '0';
        out[1] = '.';
        int written = 0;
        int significant = 0;
        boolean zero = false;
        while (!zero || written < 64) {
            long rem = 0;
            zero = true;
            for (int j = 0; j < 8; j++) {
                long cur = (rem << 32) | limbs[j];
                limbs[j] = cur / 1_000_000_000L;
                rem = cur % 1_000_000_000L;
                zero &= limbs[j] == 0;
            }
            for (int d = 0; d < 9; d++) {
                int digit = (int) (rem % 10);
                rem /= 10;
                out[2 + written++] = (byte) ('0' + digit);
                if (digit != 0) {
                    significant = written;
                }
            }
        }
        int length = significant > 64 ? significant : 64;
        return new String(out, 0, 2 + length, StandardCharsets.US_ASCII);
    }

    public String ticket(String id) {
        return ticket(hashOf(id));
    }
}
