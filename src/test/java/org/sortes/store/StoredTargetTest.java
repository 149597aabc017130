package org.sortes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTargetTest {

    /** The draw event's "result" is the SHA-256 of these lines, which a restore recomputes: the layout is fixed. */
    @Test
    void resultDigest_isTheDigestOfOneLinePerTarget_teamLinesJoinedBySemicolons() {
        List<StoredTarget> targets = List.of(
                new StoredTarget(1, "91110000000000001X", 0, "海淀区", "0.1234", "JZ-01\t张三\t市场监管局\nJZ-02\t𠮷喆\t市场监管局",
                        null, null, null),
                new StoredTarget(2, "91110000000000002Y", 1, null, "0.5678", "", "市场监管局\t1\t2", "改期", "2026-11-28"));
        String text = "1\t91110000000000001X\t0.1234\tJZ-01\t张三\t市场监管局;JZ-02\t𠮷喆\t市场监管局\n"
                + "2\t91110000000000002Y\t0.5678\t";
        assertEquals(org.sortes.draw.Sha256.hex(text), StoredTarget.resultDigest(targets));
        assertEquals(org.sortes.draw.Sha256.hex(""), StoredTarget.resultDigest(List.of()));
        assertEquals(org.sortes.draw.Sha256.hex("2\t91110000000000002Y\t0.5678\t"),
                StoredTarget.resultDigest(targets.subList(1, 2)));
    }
}
