package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * Minutes of 1, 30 and 3,000 targets, read as a notary would: the signature and seal block on one
 * page, the proof's SHA-256 and "第 x 页 / 共 y 页" on every page, and a QR code that a phone decodes to
 * the session number and that same digest.
 */
class MinutesAtScaleTest {
    @TempDir
    static Path dir;
    static WorkspaceServices services;

    @BeforeAll
    static void workspace() {
        // the demo with room for a session of exactly 3,000 targets once the plan's exclusions are applied
        services = org.sortes.app.WorkspaceServices.open(dir.resolve("w.db"), org.sortes.testutil.TestWorkspace.CLOCK,
                () -> "王抽签", new org.sortes.i18n.I18n(java.util.Locale.ENGLISH));
        services.directory().createDemo(4000, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** The demo plan with one stratum of count targets and no exclusion rule. */
    private static long lockedSession(int count) throws Exception {
        var mapper = ProofJson.mapper();
        ObjectNode plan = (ObjectNode) mapper.readTree(Sessions.demoPlan());
        plan.put("name", count + " 户");
        plan.putObject("exclusions");
        plan.putArray("strata").addObject().put("name", "全部").put("count", count).putObject("rule");
        Sessions.Committed c = Sessions.committed(services.draw(), mapper.writeValueAsString(plan));
        services.draw().reveal(c.id(), c.secret());
        for (DrawnTarget t : services.draw().draw(c.id(), Progress.NONE)) {
            if (!t.staffed()) {
                services.draw().decide(c.id(), t.rank(), "人员不足，延至下次抽查");
            }
        }
        services.draw().lock(c.id());
        assertEquals(count, services.draw().targets(c.id()).size());
        return c.id();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 3000})
    void signaturesOnOnePage_digestOnEveryPage_qrDecodes(int count) throws Exception {
        long id = lockedSession(count);
        Path pdf = dir.resolve("minutes-" + count + ".pdf");
        DocumentService.Written w = services.documents().minutes(id, pdf, Progress.NONE);
        String digest = ProofJson.sha256AsAttached(ProofJson.mapper(), services.draw().proof(id));
        // the letters, the announcement and the display take it without the lists: the same digest
        assertEquals(digest, services.draw().proofDigest(id).hex());
        List<String> pages = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
            }
        }
        assertEquals(w.pages(), pages.size());
        for (int p = 0; p < pages.size(); p++) {
            String flat = pages.get(p).replaceAll("\\s", "");
            assertTrue(flat.contains(digest), "page " + (p + 1) + " of " + count + " targets lacks the proof digest");
            assertTrue(flat.contains("第" + (p + 1) + "页/共" + pages.size() + "页"), "page " + (p + 1) + ": " + flat);
        }
        // the block from the officer's line to the seal is on one page
        int officer = -1;
        int seal = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains("抽签人员：")) {
                officer = p;
            }
            if (pages.get(p).contains("（单位盖章）")) {
                seal = p;
            }
        }
        assertTrue(officer >= 0 && officer == seal, count + " targets: the officer's line is on page " + (officer + 1)
                + ", the seal on page " + (seal + 1));

        String qr = decodeQr(pdf);
        assertEquals("sortes session " + id + " proof sha256 " + digest, qr);
    }

    /**
     * Renders each page and reads the first QR code found, as a phone's camera would: at several
     * resolutions, since a detector can miss a code at one scale and find it at the next, and in the
     * whole page or a band of half its height, as a camera frames the code rather than the page (on
     * a whole page the detector can take a stroke of the text around for a corner of the code).
     */
    private static String decodeQr(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int dpi : new int[] {150, 220, 300}) {
                for (int p = doc.getNumberOfPages() - 1; p >= 0; p--) {
                    var image = renderer.renderImageWithDPI(p, dpi);
                    int w = image.getWidth();
                    int h = image.getHeight();
                    int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
                    var page = new RGBLuminanceSource(w, h, rgb);
                    List<com.google.zxing.LuminanceSource> framings = new java.util.ArrayList<>(List.of(page));
                    for (int quarter = 0; quarter < 3; quarter++) {
                        framings.add(page.crop(0, quarter * h / 4, w, h / 2));
                    }
                    for (var framed : framings) {
                        try {
                            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(framed)),
                                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                        } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                                 | com.google.zxing.FormatException e) {
                            // not found in this framing at this resolution
                        }
                    }
                }
            }
        }
        throw new AssertionError("no QR code in " + pdf);
    }
}
