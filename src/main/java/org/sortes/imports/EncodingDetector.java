package org.sortes.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells the encoding of a CSV file from its first bytes. A byte order mark decides; otherwise text
 * that decodes as strict UTF-8 is UTF-8, and anything else is taken as GB18030, the superset of GBK
 * that Chinese Excel writes. (Statistical detectors guess between many encodings; here only these
 * occur, and valid UTF-8 is very unlikely to be meant as GBK.)
 */
public final class EncodingDetector {
    /** How many leading bytes decide. The reader still refuses undecodable bytes later in the file. */
    public static final int SAMPLE = 1 << 20;
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The detected charset and how many bytes of byte order mark to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    private EncodingDetector() {
    }

    public static Detected detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(isUtf8(head, length) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    private static boolean isUtf8(byte[] head, int length) {
        // a multi-byte character cut at the end of the sample is not a reason to reject UTF-8
        int end = length;
        if (length == SAMPLE) {
            int back = 0;
            while (back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
                back++;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A charset by the name a user gives: auto (null), utf-8, gbk, gb18030, utf-16. */
    public static Charset byName(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "gbk", "gb2312", "gb18030", "cp936" -> GB18030;
            default -> Charset.forName(name);
        };
    }

}
