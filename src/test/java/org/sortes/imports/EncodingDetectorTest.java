package org.sortes.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The encoding of a CSV file from its first bytes: a byte order mark, strict UTF-8, else GB18030. */
class EncodingDetectorTest {
    private static EncodingDetector.Detected detect(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return EncodingDetector.detect(b, b.length);
    }

    @Test
    void byteOrderMarks_decide_evenWhenTheyAreTheWholeFile() {
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_8, 3), detect(0xEF, 0xBB, 0xBF));
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_8, 3), detect(0xEF, 0xBB, 0xBF, 0xD6, 0xD0));
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_16LE, 2), detect(0xFF, 0xFE));
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_16LE, 2), detect(0xFF, 0xFE, 0x0D, 0x54));
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_16BE, 2), detect(0xFE, 0xFF));
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_16BE, 2), detect(0xFE, 0xFF, 0x54, 0x0D));
        // the start of a mark is not a mark: two bytes of UTF-8's, one of UTF-16's
        assertEquals(EncodingDetector.GB18030, detect(0xEF, 0xBB).charset());
        assertEquals(0, detect(0xEF, 0xBB).bomLength());
        assertEquals(EncodingDetector.GB18030, detect(0xFF).charset());
        assertEquals(EncodingDetector.GB18030, detect(0xFE).charset());
    }

    @Test
    void withoutAMark_strictUtf8IsUtf8_anythingElseGb18030() {
        String text = "名称,住所\n兰州金城百货有限公司,甘肃省兰州市城关区庆阳路1号\n";
        assertEquals(new EncodingDetector.Detected(StandardCharsets.UTF_8, 0),
                EncodingDetector.detect(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8).length));
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        assertEquals(new EncodingDetector.Detected(EncodingDetector.GB18030, 0), EncodingDetector.detect(gbk, gbk.length));
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.detect(new byte[0], 0).charset(), "an empty file");
        // only the first length bytes count: what follows them in the buffer is not the file
        byte[] buffer = Arrays.copyOf("abc".getBytes(StandardCharsets.US_ASCII), 10);
        buffer[5] = (byte) 0xD6;
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.detect(buffer, 3).charset());
        assertEquals(EncodingDetector.GB18030, EncodingDetector.detect(buffer, 6).charset());
    }

    @Test
    void aCharacterCutAtTheEndOfAFullSample_isStillUtf8_aCutBeforeTheEndIsNot() {
        byte[] name = "𠮷中".getBytes(StandardCharsets.UTF_8); // 4 bytes, then 3
        for (int cut = 1; cut < name.length; cut++) {
            byte[] sample = new byte[EncodingDetector.SAMPLE];
            Arrays.fill(sample, (byte) 'a');
            System.arraycopy(name, 0, sample, sample.length - cut, cut);
            assertEquals(StandardCharsets.UTF_8, EncodingDetector.detect(sample, sample.length).charset(),
                    "UTF-8 cut after " + cut + " of its bytes by the sample's end");
            // the same bytes ending a shorter file: the file is cut there, which is not UTF-8
            byte[] file = Arrays.copyOf("aaa".getBytes(StandardCharsets.US_ASCII), 3 + cut);
            System.arraycopy(name, 0, file, 3, cut);
            if (cut != 4) {
                assertEquals(EncodingDetector.GB18030, EncodingDetector.detect(file, file.length).charset(),
                        "a file ending in " + cut + " bytes of a character");
            }
        }
        byte[] shortFile = Arrays.copyOf(name, 3); // a file of three bytes: 𠮷 without its last byte
        assertEquals(EncodingDetector.GB18030, EncodingDetector.detect(shortFile, 3).charset());
        // GBK in the body of a full sample is not forgiven as a cut at the end
        byte[] sample = new byte[EncodingDetector.SAMPLE];
        Arrays.fill(sample, (byte) 'a');
        sample[100] = (byte) 0xD6;
        sample[101] = (byte) 0xD0;
        assertEquals(EncodingDetector.GB18030, EncodingDetector.detect(sample, sample.length).charset());
    }

    @Test
    void byName_autoIsNone_gbkAndItsKinIsGb18030_elseTheCharsetNamed() {
        assertNull(EncodingDetector.byName(null));
        assertNull(EncodingDetector.byName(" "));
        assertNull(EncodingDetector.byName("AUTO"));
        for (String gbk : new String[] {"gbk", "GB2312", "gb18030", "CP936"}) {
            assertEquals(EncodingDetector.GB18030, EncodingDetector.byName(gbk), gbk);
        }
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.byName("utf-8"));
        assertEquals(StandardCharsets.UTF_16LE, EncodingDetector.byName("UTF-16LE"));
        assertThrows(java.nio.charset.UnsupportedCharsetException.class, () -> EncodingDetector.byName("klingon-8"));
    }
}
