package org.sortes.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit fingerprint of a record's values, used only to tell changed rows from unchanged ones
 * when a new directory version is compared with the current one (the first 8 bytes of SHA-256).
 */
public final class RowHash {
    private final MessageDigest sha256;

    public RowHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    public long of(String[] values) {
        return of(utf8(values));
    }

    /** The values encoded as UTF-8, null where a value is null. */
    public static byte[][] utf8(String[] values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /** The fingerprint of values already encoded by {@link #utf8}. */
    public long of(byte[][] utf8Values) {
        for (byte[] v : utf8Values) {
            // unit separator between values, NUL for an empty value, so ("a","") != ("", "a")
            if (v == null) {
                sha256.update((byte) 0);
            } else {
                sha256.update(v);
            }
            sha256.update((byte) 0x1f);
        }
        byte[] d = sha256.digest();
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h;
    }
}
