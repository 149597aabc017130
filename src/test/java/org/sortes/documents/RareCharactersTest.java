package org.sortes.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as the registers hold them: characters outside Noto Sans SC (𠮷, CJK Extension B) come out in
 * the rare-character font, embedded, as text that extracts; a 200-character company name wraps inside
 * the page; the file stays PDF/A-3b.
 */
class RareCharactersTest {
    static final String RARE = "𠮷野家（兰州）餐饮有限公司堃喆昇㐂分店";
    static final String LONG = "甘肃省兰州市城关区" + "某某某某商贸有限责任公司分支机构".repeat(12) + "第一营业部";

    @TempDir
    Path dir;

    @Test
    void rareCharactersRender_longNameWraps_pdfA3b() throws Exception {
        OfficialPdf frame = new OfficialPdf();
        assertTrue(frame.rareFont().isPresent(), "no font for rare characters on this machine: install the Debian"
                + " package fonts-hanazono (.ci/run does), or set -Dsortes.rareFont=FILE; looked in "
                + OfficialPdf.rareFontPlaces());
        assertTrue(LONG.length() >= 200, "the long name is " + LONG.length() + " characters");
        Letters letters = new Letters(7, "2026年第四季度抽查", List.of("兰州市市场监督管理局"), "2026-11-26", false,
                "ab".repeat(32), List.of(new Minutes.Item("SJ-001", "食品经营抽查", "兰州市市场监督管理局")),
                List.of("《中华人民共和国食品安全法》"),
                List.of(new Letters.Letter(1, RARE, "91620102000000001X", "兰州市城关区𠮷祥路1号", List.of("张三　执法证号 62SJ0001")),
                        new Letters.Letter(2, LONG, "91620102000000002X", LONG + "地址", List.of("李四　执法证号 62SJ0002"))),
                "2026-11-26T16:00:00+08:00", List.of(new Letters.Contact("兰州市市场监督管理局", "电话 0931-8100001")));
        Path pdf = dir.resolve("letters.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new LettersPdf(frame).write(letters, out, n -> { }, () -> false);
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            String first = PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertTrue(first.replaceAll("\\s", "").contains(RARE), "extracts whole: " + first);
            String rareFont = frame.rareFont().orElseThrow();
            assertTrue(fonts(doc).stream().anyMatch(f -> f.contains(rareFont)),
                    "the rare-character font is embedded: " + fonts(doc));
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Rectangle page = doc.getPage(p).getPageSize();
                for (Rectangle r : org.sortes.testutil.PdfText.textBoxes(doc, p)) {
                    assertTrue(r.getLeft() >= 0 && r.getRight() <= page.getRight() - 20,
                            "text runs off page " + p + " at x=" + r.getRight());
                }
            }
            String second = PdfTextExtractor.getTextFromPage(doc.getPage(2)).replaceAll("\\s", "");
            assertTrue(second.contains(LONG), "the long name is printed whole, wrapped");
        }
        org.sortes.testutil.PdfA.assertPdfA3b(pdf);
    }

    @Test
    void theRareFontIsReadOnlyForATextThatNeedsIt_andThenSetsIt() throws Exception {
        OfficialPdf frame = new OfficialPdf();
        Path plain = dir.resolve("plain.pdf");
        try (OutputStream out = Files.newOutputStream(plain)) {
            new LettersPdf(frame).write(oneLetter("兰州长信商贸有限公司"), out, n -> { }, () -> false);
        }
        assertTrue(frame.rareIfRead() == null, "a text Noto Sans SC covers does not read the 30 MB rare font");
        try (PdfDocument doc = new PdfDocument(new PdfReader(plain.toFile()))) {
            assertTrue(fonts(doc).stream().allMatch(f -> f.contains("NotoSansSC")), "only Noto: " + fonts(doc));
        }
        Path rare = dir.resolve("rare.pdf");
        try (OutputStream out = Files.newOutputStream(rare)) {
            new LettersPdf(frame).write(oneLetter(RARE), out, n -> { }, () -> false); // the same frame, asked first now
        }
        String rareFont = frame.rareFont().orElseThrow();
        try (PdfDocument doc = new PdfDocument(new PdfReader(rare.toFile()))) {
            assertTrue(PdfTextExtractor.getTextFromPage(doc.getPage(1)).replaceAll("\\s", "").contains(RARE),
                    "the rare name extracts whole");
            assertTrue(fonts(doc).stream().anyMatch(f -> f.contains(rareFont)), "and is set in " + rareFont + ": "
                    + fonts(doc));
        }
        org.sortes.testutil.PdfA.assertPdfA3b(rare);
    }

    private static Letters oneLetter(String name) {
        return new Letters(9, "2026年第四季度抽查", List.of("兰州市市场监督管理局"), "2026-11-26", false, "ef".repeat(32),
                List.of(new Minutes.Item("SJ-001", "食品经营抽查", "兰州市市场监督管理局")), List.of("《中华人民共和国食品安全法》"),
                List.of(new Letters.Letter(1, name, "91620102000000001X", "兰州市城关区1号", List.of("张三　执法证号 62SJ0001"))),
                "2026-11-26T16:00:00+08:00", List.of());
    }

    @Test
    void aLetterLongerThanAPage_goesOnOnTheNext_nothingLost_nothingBelowTheMargin() throws Exception {
        OfficialPdf frame = new OfficialPdf();
        List<Minutes.Item> items = new ArrayList<>();
        for (int i = 1; i <= 70; i++) { // a joint check of many items: the facts table outgrows the page
            items.add(new Minutes.Item(String.format("LH-%03d", i), "联合检查事项第" + i + "项", "兰州市市场监督管理局"));
        }
        Letters letters = new Letters(8, "联合抽查", List.of("兰州市市场监督管理局"), "2026-11-26", false, "cd".repeat(32),
                items, List.of("《中华人民共和国食品安全法》"),
                List.of(new Letters.Letter(1, "兰州长信商贸有限公司", "91620102000000003X", "兰州市城关区1号",
                        List.of("张三　执法证号 62SJ0001"))), "2026-11-26T16:00:00+08:00", List.of());
        Path pdf = dir.resolve("long-letter.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new LettersPdf(frame).write(letters, out, n -> { }, () -> false);
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertTrue(doc.getNumberOfPages() >= 2, "70 items do not fit one page");
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)).replaceAll("[\\s\\u3000]+", ""));
                for (Rectangle r : org.sortes.testutil.PdfText.textBoxes(doc, p)) {
                    // the footer sits at 30 points; the body stops at the bottom margin (56)
                    assertTrue(r.getBottom() >= 28, "text below the footer on page " + p + " at y=" + r.getBottom());
                    assertTrue(r.getBottom() < 40 || r.getBottom() >= OfficialPdf.BOTTOM - 4,
                            "the body runs into the bottom margin on page " + p + " at y=" + r.getBottom());
                }
            }
            for (Minutes.Item i : items) {
                assertTrue(all.toString().contains(i.code() + i.name()), "item " + i.code() + " is printed");
            }
            assertTrue(all.indexOf("（单位盖章）") > all.indexOf("LH-070"), "the seal line after the last item");
        }
        org.sortes.testutil.PdfA.assertPdfA3b(pdf);
    }

    private static Set<String> fonts(PdfDocument doc) {
        Set<String> names = new java.util.TreeSet<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PdfDictionary fonts = doc.getPage(p).getResources().getResource(PdfName.Font);
            if (fonts != null) {
                for (PdfName key : fonts.keySet()) {
                    PdfDictionary font = fonts.getAsDictionary(key);
                    names.add(String.valueOf(font.getAsName(PdfName.BaseFont)));
                }
            }
        }
        return names;
    }
}
