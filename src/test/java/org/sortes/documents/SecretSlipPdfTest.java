package org.sortes.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The sealed slip: one page with the session, the commitment and the secret in groups to read and compare. */
class SecretSlipPdfTest {
    private static final String SECRET = "0123456789abcdef".repeat(4);
    private static final String COMMITMENT = "fedcba9876543210".repeat(4);

    private static String text(boolean rehearsal) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SecretSlipPdf(new OfficialPdf()).write(new SecretSlipPdf.Slip(7, "七里河区十一月食品抽查", "2026-11-28",
                "王抽签", rehearsal, COMMITMENT, "2026-11-28T09:30:00+08:00", SECRET, "2026-11-28T09:31:00+08:00"), out);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            assertEquals(1, doc.getNumberOfPages(), "the slip fits one page, to fold into an envelope");
            return PdfTextExtractor.getTextFromPage(doc.getPage(1));
        }
    }

    @Test
    void theSlipHoldsTheSessionTheCommitmentAndTheSecret_groupedByFour() throws Exception {
        String text = text(false).replace("\n", "");
        assertTrue(text.contains("抽签密钥封存单"), text);
        assertTrue(text.contains("场次 #7"), text);
        assertTrue(text.contains(OfficialPdf.grouped(SECRET)), text);
        assertTrue(text.contains(OfficialPdf.grouped(COMMITMENT)), text);
        assertTrue(text.contains("王抽签") && text.contains("公证员（封存）"), text);
        assertTrue(text.contains("揭示之前不得拆封"), text);
        assertTrue(!text.contains("演练"), "a live session's slip: " + text);
    }

    @Test
    void aRehearsalsSlip_saysSo() throws Exception {
        assertTrue(text(true).contains("抽签密钥封存单（演练）"));
    }
}
