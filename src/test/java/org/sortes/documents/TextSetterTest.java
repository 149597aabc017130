package org.sortes.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The letters' own line breaking: inside the width, the Chinese rule kept, nothing lost or added. */
class TextSetterTest {
    private static PdfFont font() throws Exception {
        try (var in = TextSetterTest.class.getResourceAsStream("/org/sortes/documents/fonts/NotoSansSC-Regular.ttf")) {
            return PdfFontFactory.createFont(FontProgramFactory.createFont(in.readAllBytes()), PdfEncodings.IDENTITY_H);
        }
    }

    private static void assertWellBroken(TextSetter t, PdfFont f, String text, float width, List<String> lines) {
        assertEquals(text, String.join("", lines), "every character once, in order");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            assertFalse(l.isEmpty(), "an empty line at " + i + ": " + lines);
            assertTrue(t.width(l, f, 10) <= width + 0.01f, "line " + i + " is wider than " + width + ": " + l);
            if (i > 0) {
                assertTrue(ChineseLineBreaks.NOT_AT_START.indexOf(l.codePointAt(0)) < 0, "line " + i + " begins with " + l);
            }
            if (i < lines.size() - 1) {
                assertTrue(ChineseLineBreaks.NOT_AT_END.indexOf(l.codePointBefore(l.length())) < 0,
                        "line " + i + " ends with " + l);
            }
        }
    }

    @Test
    void chineseText_breaksInsideTheWidth_neverBeforeAClosingMark_norAfterAnOpeningOne() throws Exception {
        PdfFont f = font();
        TextSetter t = new TextSetter(null);
        String text = "根据《市场监督管理行政处罚程序规定》等规定，本机关按照“双随机、一公开”要求，于 2026-11-27 公开抽签"
                + "（2026年第四季度市场监管领域双随机抽查，场次 #1），贵单位被随机抽取为检查对象。检查人员将按下列事项实施检查，请予配合。";
        // every width from narrow to wide puts some mark at some line's end or start
        for (float width = 60; width <= 520; width += 7) {
            List<String> lines = t.lines(text.replace(" ", ""), f, 10, width, 0);
            assertWellBroken(t, f, text.replace(" ", ""), width, lines);
        }
    }

    @Test
    void aDigestLongerThanTheLine_isCutInsideTheWidth_aWordIsKeptWhole() throws Exception {
        PdfFont f = font();
        TextSetter t = new TextSetter(null);
        String digest = "ab".repeat(32);
        List<String> lines = t.lines(digest, f, 10, 100, 0);
        assertTrue(lines.size() > 1, "a 64-character digest does not fit 100 points");
        assertWellBroken(t, f, digest, 100, lines);
        List<String> words = t.lines("证明文件 SHA-256 abcdef", f, 10, 70, 0);
        assertTrue(words.stream().noneMatch(l -> l.endsWith("SH") || l.endsWith("ab")), "a word cut: " + words);
    }

    @Test
    void newlines_andTheFirstLineIndent_areKept() throws Exception {
        PdfFont f = font();
        TextSetter t = new TextSetter(null);
        assertEquals(List.of("甲", "乙"), t.lines("甲\n乙", f, 10, 500, 0));
        // a line for every part, empty ones too, as "a\nb".split("\n", -1) has them
        assertEquals(List.of(""), t.lines("", f, 10, 500, 0));
        assertEquals(List.of("甲", ""), t.lines("甲\n", f, 10, 500, 0));
        assertEquals(List.of("", "", "乙"), t.lines("\n\n乙", f, 10, 500, 0));
        assertEquals(List.of("甲", "", "乙 丙"), t.lines("甲\n\n乙 丙", f, 10, 500, 0));
        float indent = 20;
        String text = "检".repeat(60);
        List<String> lines = t.lines(text, f, 10, 200, indent);
        assertEquals(18, lines.get(0).length(), "200 points less the indent hold 18 characters of 10 points");
        assertEquals(20, lines.get(1).length());
    }

    /** A page's content stream as written: the text operators of one show on a fresh page. */
    private static byte[] content(com.itextpdf.kernel.pdf.PdfPage page) {
        return page.getContentStream(0).getBytes(false);
    }

    @Test
    void shownText_isWhatItextsOwnShowTextWrites() throws Exception {
        String line = "贵单位：ABC-123，（二〇二六）检查";
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                new java.io.ByteArrayOutputStream()))) {
            PdfFont f = font();
            var ours = pdf.addNewPage();
            TextSetter.Text text = new TextSetter(null).begin(new com.itextpdf.kernel.pdf.canvas.PdfCanvas(ours));
            text.show(line, f, 12, 40, 700);
            text.show(line, f, 12, 40, 680); // the second time from what was kept of the first
            text.end();
            var theirs = pdf.addNewPage();
            new com.itextpdf.kernel.pdf.canvas.PdfCanvas(theirs).beginText().setFontAndSize(f, 12)
                    .setTextMatrix(40, 700).showText(line).setTextMatrix(40, 680).showText(line).endText();
            assertEquals(new String(content(theirs), java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(content(ours), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    private static PdfFont mono() throws Exception {
        try (var in = TextSetterTest.class.getResourceAsStream("/org/sortes/documents/fonts/NotoSansMono-Regular.ttf")) {
            return PdfFontFactory.createFont(FontProgramFactory.createFont(in.readAllBytes()), PdfEncodings.IDENTITY_H);
        }
    }

    @Test
    void aLineInTwoFonts_andALineLongerThanAnyBuffer_areWhatItextsOwnShowTextWrites() throws Exception {
        // the monospaced face has no Chinese: with Noto Sans SC as the second font, the line is three runs,
        // each begun where the one before it ends
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                new java.io.ByteArrayOutputStream()))) {
            PdfFont latin = mono();
            PdfFont chinese = font();
            TextSetter setter = new TextSetter(chinese);
            String longLine = "检查".repeat(150) + " SHA-256 " + "0123456789abcdef".repeat(8);
            var ours = pdf.addNewPage();
            TextSetter.Text text = setter.begin(new com.itextpdf.kernel.pdf.canvas.PdfCanvas(ours));
            text.show("AB-12甲乙CD", latin, 12, 40.25f, 700);
            text.show(longLine, chinese, 9, 36, 650.5f);
            text.end();
            float ab = setter.width("AB-12", latin, 12);
            float cjk = setter.width("甲乙", chinese, 12);
            var theirs = pdf.addNewPage();
            new com.itextpdf.kernel.pdf.canvas.PdfCanvas(theirs).beginText()
                    .setFontAndSize(latin, 12).setTextMatrix(40.25f, 700).showText("AB-12")
                    .setFontAndSize(chinese, 12).setTextMatrix(40.25f + ab, 700).showText("甲乙")
                    .setFontAndSize(latin, 12).setTextMatrix(40.25f + ab + cjk, 700).showText("CD")
                    .setFontAndSize(chinese, 9).setTextMatrix(36, 650.5f).showText(longLine).endText();
            assertEquals(new String(content(theirs), java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(content(ours), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void theGlyphsShown_areInTheEmbeddedSubset_theTextComesBackOut() throws Exception {
        String line = "贵单位：ABC-123，（二〇二六）检查";
        var out = new java.io.ByteArrayOutputStream();
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(out))) {
            PdfFont f = PdfFontFactory.createFont(font().getFontProgram(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            TextSetter.Text text = new TextSetter(null).begin(new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.addNewPage()));
            text.show(line, f, 12, 40, 700);
            text.end();
        }
        try (var read = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                new java.io.ByteArrayInputStream(out.toByteArray())))) {
            assertEquals(line, com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(read.getPage(1)));
        }
    }

    @Test
    void aCharacterTheFontLacks_isRefused_notWrittenAsAnEmptyGlyph() throws Exception {
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                new java.io.ByteArrayOutputStream()))) {
            PdfFont f = font();
            TextSetter.Text text = new TextSetter(null).begin(new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.addNewPage()));
            UnprintableTextException e = org.junit.jupiter.api.Assertions.assertThrows(UnprintableTextException.class,
                    () -> text.show("甲\uE000乙", f, 12, 40, 700)); // a private-use character: in no font
            assertTrue(e.getMessage().contains("E000"), e.getMessage());
        }
    }

    @Test
    void pagesAreWrittenOut_asTheNextOneBegins_butNotOnesTheLayoutEngineBegan_norTheLast() throws Exception {
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                new java.io.ByteArrayOutputStream()))) {
            PageCursor cursor = new PageCursor(pdf, new TextSetter(null), font());
            List<com.itextpdf.kernel.pdf.PdfPage> pages = new java.util.ArrayList<>();
            cursor.newPage();
            pages.add(pdf.getLastPage());
            cursor.newPage();
            pages.add(pdf.getLastPage());
            var begun = pdf.addNewPage(); // as the minutes' layout engine begins a page the cursor goes on on
            cursor.continueOn(begun, 400);
            pages.add(begun);
            cursor.newPage();
            pages.add(pdf.getLastPage());
            cursor.newPage();
            pages.add(pdf.getLastPage());
            cursor.finish();
            assertTrue(pages.get(0).isFlushed() && pages.get(1).isFlushed(), "the cursor's own finished pages");
            assertFalse(begun.isFlushed(), "the layout engine's page is the layout engine's to write");
            assertTrue(pages.get(3).isFlushed());
            assertFalse(pages.get(4).isFlushed(), "the last page: the layout engine may go on to it");
        }
    }
}
