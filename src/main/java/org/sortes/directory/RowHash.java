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
        for (String v : values) {
            // unit separator between values, NUL for an empty value, so ("a","") != ("", "a")
            sha256.update(v == null ? new byte[] {0} : v.getBytes(StandardCharsets.UTF_8));
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
