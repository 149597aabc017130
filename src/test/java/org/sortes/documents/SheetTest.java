package org.sortes.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers the documents print from integers, and where Chinese lines may break. */
class SheetTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3|120|3/120（2.50%）",
        "1|3|1/3（约 33.33%）",
        "2|3|2/3（约 66.67%）",
        "1|7|1/7（约 14.29%）",
        "1|8|1/8（12.50%）",
        "0|5|0/5（0.00%）",
        "5|5|5/5（100.00%）",
        "30000|1000000|30000/1000000（3.00%）",
        "1|200000|1/200000（约 0.00%）",
        "1|20000|1/20000（约 0.01%）",
        "28195|939701|28195/939701（约 3.00%）",
        "2147483647|2147483647|2147483647/2147483647（100.00%）"})
    void chance_kOfN_percentToTwoDecimals_roundedHalfUp_fromIntegers(int k, int n, String printed) {
        assertEquals(printed, Sheet.chance(k, n));
    }

    @Test
    void chance_ofAnEmptyStratum_saysWhyNothingIsDrawn() {
        assertEquals("无候选主体，不抽取", Sheet.chance(0, 0));
        assertEquals("无候选主体，不抽取", Sheet.chance(2, 0));
    }

    @ParameterizedTest
    @CsvSource({"350,3.5%", "10000,100%", "5,0.05%", "50,0.5%", "0,0%", "1234,12.34%", "1000,10%", "1010,10.1%",
        "100,1%", "9999,99.99%"})
    void percent_fromBasisPoints_withoutTrailingZeros(int bp, String printed) {
        assertEquals(printed, Sheet.percent(bp));
    }

    @Test
    void shown_asPeopleReadIt_orADashBeforeTheStage() {
        assertEquals("2026年11月26日 09:05:07", Sheet.shown("2026-11-26T09:05:07+08:00"));
        assertEquals("—", Sheet.shown(null));
    }

    private static GlyphLine line(String text) {
        List<Glyph> glyphs = new ArrayList<>();
        text.codePoints().forEach(c -> glyphs.add(new Glyph(c, 1000, c)));
        return new GlyphLine(glyphs);
    }

    /** Where in text a line may break: after position i when the answer at i is true. */
    private static String breaks(String text) {
        ChineseLineBreaks rule = new ChineseLineBreaks();
        GlyphLine l = line(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            out.append(rule.isSplitCharacter(l, i) ? '|' : '.');
        }
        return out.toString();
    }

    @Test
    void chineseLines_breakBetweenAnyTwoCharacters_neverBeforeClosingNorAfterOpeningPunctuation() {
        assertEquals("|||", breaks("甲乙丙"));
        // not before "，" "。" "）" "》" "、"; not after "（" "《"
        assertEquals(".||", breaks("甲，乙"));
        assertEquals("|.||", breaks("甲乙。丙"));
        assertEquals("|..||", breaks("甲（乙）丙"));
        assertEquals("|...||", breaks("见《法》、丙"));
        for (char closing : ChineseLineBreaks.NOT_AT_START.toCharArray()) {
            assertFalse(new ChineseLineBreaks().isSplitCharacter(line("甲" + closing), 0), "before " + closing);
        }
        for (char opening : ChineseLineBreaks.NOT_AT_END.toCharArray()) {
            assertFalse(new ChineseLineBreaks().isSplitCharacter(line(opening + "甲"), 0), "after " + opening);
        }
        // the last character of a line may always end it
        assertTrue(new ChineseLineBreaks().isSplitCharacter(line("甲"), 0));
    }

    @Test
    void linesSetOnTheCanvas_breakAfterSpacesHyphensSlashesAndBesideChinese_neverAgainstThePunctuationRule() {
        String[][] may = {{"甲", "乙"}, {"a", "甲"}, {"甲", "a"}, {" ", "b"}, {"-", "b"}, {"/", "b"}, {"）", "甲"}};
        for (String[] pair : may) {
            assertTrue(TextSetter.breaksAfter(pair[0].codePointAt(0), pair[1].codePointAt(0)), pair[0] + "|" + pair[1]);
        }
        String[][] mayNot = {{"a", "b"}, {"a", "-"}, {"9", "0"}, {"甲", "，"}, {"a", "，"}, {" ", "）"}, {"（", "甲"},
            {"《", "a"}, {"甲", "。"}, {"“", "甲"}};
        for (String[] pair : mayNot) {
            assertFalse(TextSetter.breaksAfter(pair[0].codePointAt(0), pair[1].codePointAt(0)), pair[0] + "|" + pair[1]);
        }
    }

    @Test
    void cjk_theBlocksOfChineseText_andNotLatin() {
        for (int c : new int[] {0x3000, 0x4E00, 0x9FFF, 0xF900, 0xFAFF, 0xFF00, 0xFFEF, 0x20000, 0x20BB7, 0x3FFFF}) {
            assertTrue(ChineseLineBreaks.isCjk(c), Integer.toHexString(c));
        }
        for (int c : new int[] {'a', '9', 0x2FFF, 0xA000, 0xF8FF, 0xFB00, 0xFEFF, 0xFFF0, 0x1FFFF, 0x40000}) {
            assertFalse(ChineseLineBreaks.isCjk(c), Integer.toHexString(c));
        }
    }
}
