package org.sortes.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The PDF/A document Sortes writes: pages written out when flushed, every stream deflated whole. */
class OwnContentPdfATest {
    private static PdfOutputIntent srgb() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    }

    @Test
    void aFlushedPage_isWrittenOutThen_notKeptUntilTheDocumentCloses() throws Exception {
        var out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new OwnContentPdfA(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)),
                srgb())) {
            PdfPage first = pdf.addNewPage();
            new PdfCanvas(first).rectangle(10, 10, 100, 100).stroke().release();
            pdf.addNewPage();
            int before = out.size();
            first.flush();
            assertTrue(first.isFlushed(), "iText's PDF/A page would keep it until the document closes");
            assertTrue(out.size() > before, "its content is in the file now");
        }
    }

    @Test
    void manyStreams_throughOneDeflater_eachReadBackWhole() throws Exception {
        var out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new OwnContentPdfA(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)),
                srgb())) {
            for (int i = 0; i < 40; i++) {
                PdfPage page = pdf.addNewPage();
                PdfCanvas c = new PdfCanvas(page);
                for (int j = 0; j <= i * 20; j++) { // streams of many sizes, one after the other
                    c.rectangle(j % 500, i, 3, 3);
                }
                c.fill().release();
            }
        }
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            assertEquals(40, read.getNumberOfPages());
            for (int i = 0; i < 40; i++) {
                String content = new String(read.getPage(i + 1).getContentBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertEquals(i * 20 + 1, content.split(" re\n", -1).length - 1, "page " + (i + 1));
            }
        }
    }
}
