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
    void theSlipsFacts_comeInTheOrderTheyAreRead_eachUnderItsLabel() {
        String text;
        try {
            text = text(false).replaceAll("[\\s\\u3000]+", "");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String[] parts = {"抽签密钥封存单", "场次#7七里河区十一月食品抽查", "抽签日期2026-11-28", "抽签人员王抽签",
            "承诺值" + COMMITMENT, "承诺时间2026年11月28日09:30", "密钥（揭示前不得公开）", "密钥" + SECRET,
            "交公证员装入信封密封", "封存", "抽签人员：王抽签", "公证员（封存）：", "封存时间：", "本单打印于2026年11月28日09:31"};
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" missing or out of order after: " + text.substring(at));
            at = found + part.length();
        }
    }

    @Test
    void aRehearsalsSlip_saysSo() throws Exception {
        assertTrue(text(true).contains("抽签密钥封存单（演练）"));
    }
}
