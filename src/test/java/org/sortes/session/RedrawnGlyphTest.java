package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * Minutes whose pages show other digits than the text they extract as: a digit's outline redrawn in
 * the embedded font (the "3" drawn as another shape), or a glyph's character map changed so that it
 * extracts as another digit. Both kept the attached proof and the extracted text of every page, and
 * verified VALID before `verify minutes.pdf` compared each glyph with the bundled font's; now INVALID,
 * with the page and the character named. The file is written whole again (one revision), as a forger
 * would, so the appended-revision check does not see it.
 */
class RedrawnGlyphTest {
    @TempDir
    static Path dir;
    static Path minutes;

    @BeforeAll
    static void minutes() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签")) {
            long id = Sessions.locked(s.draw(), Sessions.demoPlan());
            minutes = dir.resolve("minutes.pdf");
            s.documents().minutes(id, minutes, Progress.NONE);
        }
    }

    @Test
    void theMinutesAsWritten_areValid() {
        assertTrue(ProofVerification.check(minutes, List.of()).valid());
    }

    @Test
    void aDigitsOutlineRedrawnInTheEmbeddedFont_isInvalid_namingThePageAndTheCharacter() throws Exception {
        Path forged = dir.resolve("redrawn.pdf");
        int gid = glyphOf('3'); // its number in Noto Sans SC, kept by the subset
        rewrite(forged, font -> {
            byte[] bytes = font.getBytes();
            // one coordinate byte of the 3's outline moved
            ByteBuffer b = ByteBuffer.wrap(bytes);
            int[] glyf = table(bytes, "glyf");
            int[] loca = table(bytes, "loca");
            int[] head = table(bytes, "head");
            boolean longOffsets = b.getShort(head[0] + 50) == 1;
            int from = longOffsets ? b.getInt(loca[0] + 4 * gid) : (b.getShort(loca[0] + 2 * gid) & 0xFFFF) * 2;
            int to = longOffsets ? b.getInt(loca[0] + 4 * gid + 4) : (b.getShort(loca[0] + 2 * gid + 2) & 0xFFFF) * 2;
            assertTrue(to - from > 12, "the 3 is drawn in these minutes");
            bytes[glyf[0] + to - 1] ^= 0x40;
            font.setData(bytes);
        });
        ProofVerification.Result r = ProofVerification.check(forged, List.of());
        assertFalse(r.valid());
        assertEquals("verify.pdfGlyph", r.messageKey());
        assertEquals("3", r.args().get(1));
    }

    @Test
    void aGlyphMappedToAnotherCharacter_isInvalid() throws Exception {
        Path forged = dir.resolve("remapped.pdf");
        String three = String.format("<%04x>", glyphOf('3'));
        rewrite(forged, null, toUnicode -> {
            String cmap = new String(toUnicode.getBytes(), StandardCharsets.ISO_8859_1);
            String entry = three + three + "<0033>"; // iText writes each glyph as a range of one
            int at = cmap.indexOf(entry);
            assertTrue(at >= 0, "the 3 is in the character map");
            toUnicode.setData((cmap.substring(0, at) + three + three + "<0038>" + cmap.substring(at + entry.length()))
                    .getBytes(StandardCharsets.ISO_8859_1));
        });
        ProofVerification.Result r = ProofVerification.check(forged, List.of());
        assertFalse(r.valid());
        assertEquals("verify.pdfGlyph", r.messageKey(), String.valueOf(r.args()));
    }

    /**
     * Every page's own text made invisible (text render mode 3 before its content), and the same text's
     * ASCII (digests, codes, tickets, certificates) drawn again visibly in Helvetica: the extracted text
     * still holds every value the check looks for, but none of it is drawn in the bundled fonts. INVALID:
     * neither invisible text nor text in another font counts as printed.
     */
    @Test
    void invisibleText_andTextInAnotherFont_doNotCountAsPrinted() throws Exception {
        Path forged = dir.resolve("invisible.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfReader(minutes.toFile()), new PdfWriter(forged.toFile()),
                new StampingProperties())) {
            com.itextpdf.kernel.font.PdfFont helvetica = com.itextpdf.kernel.font.PdfFontFactory.createFont(
                    com.itextpdf.io.font.constants.StandardFonts.HELVETICA);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                com.itextpdf.kernel.pdf.PdfPage page = doc.getPage(i);
                String text = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(page);
                page.newContentStreamBefore().setData("3 Tr\n".getBytes(StandardCharsets.US_ASCII));
                com.itextpdf.kernel.pdf.canvas.PdfCanvas canvas = new com.itextpdf.kernel.pdf.canvas.PdfCanvas(
                        page.newContentStreamAfter(), page.getResources(), doc);
                float y = page.getPageSize().getTop() - 10;
                for (String line : text.split("\n")) {
                    canvas.beginText().setFontAndSize(helvetica, 3).setTextRenderingMode(0).moveText(20, y)
                            .showText(line.replaceAll("[^\\x20-\\x7e]", " ")).endText();
                    y -= 3.2f;
                }
            }
        }
        assertEquals(1, org.sortes.documents.PrintedPdf.revisions(forged));
        String extracted;
        try (PdfDocument doc = new PdfDocument(new PdfReader(forged.toFile()))) {
            extracted = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(1));
        }
        assertTrue(extracted.replaceAll("\\s", "").length() > 200, "an extractor still reads the page");
        ProofVerification.Result r = ProofVerification.check(forged, List.of());
        assertFalse(r.valid(), "nothing of it is printed in the bundled fonts");
        assertTrue(r.messageKey().startsWith("verify.pdf"), r.messageKey());
    }

    @Test
    void verifyingMinutes_reportsItsPages_andStopsWhenCancelled() throws Exception {
        int pages;
        try (PdfDocument doc = new PdfDocument(new PdfReader(minutes.toFile()))) {
            pages = doc.getNumberOfPages();
        }
        org.sortes.testutil.RecordedProgress recording = new org.sortes.testutil.RecordedProgress();
        List<long[]> updates = recording.reports;
        assertTrue(ProofVerification.check(minutes, List.of(), recording).valid());
        assertEquals(0, updates.get(0)[1], "unknown while the proof is verified");
        long[] last = updates.get(updates.size() - 1);
        assertEquals(pages, last[0]);
        assertEquals(pages, last[1]);
        int[] asked = {0};
        org.sortes.progress.Progress stopping = new org.sortes.progress.Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return ++asked[0] > 1; // stopped once the proof is verified, before the pages
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(org.sortes.progress.CancelledException.class,
                () -> ProofVerification.check(minutes, List.of(), stopping));
    }

    private static int glyphOf(char c) throws Exception {
        try (var in = RedrawnGlyphTest.class.getResourceAsStream("/org/sortes/documents/fonts/NotoSansSC-Regular.ttf")) {
            return com.itextpdf.io.font.FontProgramFactory.createFont(in.readAllBytes()).getGlyph(c).getCode();
        }
    }

    /** A table's offset and length in a TrueType file. */
    private static int[] table(byte[] font, String tag) {
        ByteBuffer b = ByteBuffer.wrap(font);
        for (int i = 0; i < (b.getShort(4) & 0xFFFF); i++) {
            int at = 12 + 16 * i;
            if (new String(font, at, 4, StandardCharsets.US_ASCII).equals(tag)) {
                return new int[] {b.getInt(at + 8), b.getInt(at + 12)};
            }
        }
        throw new AssertionError("no " + tag);
    }

    private static void rewrite(Path to, java.util.function.Consumer<PdfStream> fontFile) throws Exception {
        rewrite(to, fontFile, null);
    }

    /** The minutes written whole again with the regular font's file, or its character map, changed. */
    private static void rewrite(Path to, java.util.function.Consumer<PdfStream> fontFile,
                                java.util.function.Consumer<PdfStream> toUnicode) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(minutes.toFile()), new PdfWriter(to.toFile()),
                new StampingProperties())) {
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            boolean done = false;
            for (PdfName key : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(key);
                if (!font.getAsName(PdfName.BaseFont).getValue().endsWith("NotoSansSC-Regular")) {
                    continue;
                }
                if (fontFile != null) {
                    fontFile.accept(font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0)
                            .getAsDictionary(PdfName.FontDescriptor).getAsStream(PdfName.FontFile2));
                }
                if (toUnicode != null) {
                    toUnicode.accept(font.getAsStream(PdfName.ToUnicode));
                }
                done = true;
            }
            assertTrue(done, "the minutes embed Noto Sans SC");
        }
        assertEquals(1, org.sortes.documents.PrintedPdf.revisions(to), "written whole, one revision");
    }
}
