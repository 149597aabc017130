package org.sortes.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.source.ByteUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text matrix's numbers, written by the documents themselves, are the bytes iText writes. */
class PointsTest {
    private static String ours(float f) {
        byte[] out = new byte[16];
        return new String(out, 0, Points.write(f, out, 0), StandardCharsets.US_ASCII);
    }

    private static String itext(float f) {
        return new String(ByteUtils.getIsoBytes((double) f), StandardCharsets.US_ASCII);
    }

    @Test
    void everyPositionOnAPage_isWrittenAsITextWritesIt() {
        float[] chosen = {1f, -1f, 1.004f, 1.005f, 1.0049999f, 9.995f, 10f, 72f, 72.5f, 72.05f, 72.45f, 99.999f,
            100f, 595.2756f, 841.8898f, 999.995f, 1000f, 9999.99f, 10000f, 32767f, -32767f, -56.7f, 28.35f};
        for (float f : chosen) {
            assertTrue(Points.plain(f), "in range: " + f);
            assertEquals(itext(f), ours(f), "for " + f);
        }
        // every hundredth and the floats between them, across and beyond an A4 page
        for (int h = 100; h <= 120_000; h++) {
            for (float f : new float[] {h / 100f, Math.nextUp(h / 100f), Math.nextDown(h / 100f), h / 100f + 0.004f,
                h / 100f + 0.005f, -h / 100f}) {
                assertEquals(itext(f), ours(f), "for " + f);
            }
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261128);
        for (int i = 0; i < 200_000; i++) {
            float f = (float) (1 + random.nextDouble() * 32766) * (random.nextBoolean() ? 1 : -1);
            assertEquals(itext(f), ours(f), "for " + f);
        }
    }

    @Test
    void fractionsOfAPoint_hugeNumbersAndNaN_areLeftToIText() {
        for (float f : new float[] {0f, 0.5f, -0.999f, Math.nextDown(1f), 32767.01f, 1e9f, Float.NaN,
            Float.POSITIVE_INFINITY}) {
            assertFalse(Points.plain(f), "left to iText: " + f);
        }
    }
}
