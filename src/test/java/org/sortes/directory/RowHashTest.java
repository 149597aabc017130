package org.sortes.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** A row's fingerprint tells a changed row from an unchanged one: values are kept apart, and null is not "". */
class RowHashTest {
    @Test
    void theFingerprint_isTheFirstEightBytesOfSha256_ofTheValuesEachEndedByAUnitSeparator() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("甲".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
        sha.update((byte) 0);
        sha.update((byte) 0x1f);
        sha.update("b".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
        long expected = ByteBuffer.wrap(sha.digest()).getLong();
        assertEquals(expected, new RowHash().of(new String[] {"甲", null, "b"}));
    }

    @Test
    void valuesSplitDifferently_nullAndEmpty_differ_andTheSameValuesAgree() {
        RowHash hash = new RowHash();
        long ab = hash.of(new String[] {"a", "b"});
        assertEquals(ab, hash.of(new String[] {"a", "b"}), "the digest starts afresh for each row");
        assertNotEquals(ab, hash.of(new String[] {"ab", ""}));
        assertNotEquals(hash.of(new String[] {"a", ""}), hash.of(new String[] {"", "a"}));
        assertNotEquals(hash.of(new String[] {"a", null}), hash.of(new String[] {"a", ""}));
        assertNotEquals(hash.of(new String[] {"a"}), hash.of(new String[] {"a", null}));
        assertEquals(hash.of(new String[] {"x", null}), hash.of(RowHash.utf8(new String[] {"x", null})));
    }
}
