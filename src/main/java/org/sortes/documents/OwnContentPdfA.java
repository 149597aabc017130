package org.sortes.documents;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfa.PdfAPageFactory;
import com.itextpdf.pdfa.checker.PdfA3Checker;

/**
 * A PDF/A-3b document whose pages' content streams iText does not read back (decision 0018).
 * iText's PDF/A checker parses every content stream it has just written, operator by operator, to
 * look for what PDF/A forbids; for ten thousand letters that was a fifth of the time. Sortes writes
 * those streams itself from a few operators (text, lines, rectangles, the QR code's squares) and
 * the tests check every kind of document with veraPDF, so the parse finds nothing the tests would
 * not. Every other check (fonts embedded, every glyph present, colours, transparency, the
 * attachments, the metadata) still runs as iText's own.
 */
final class OwnContentPdfA extends PdfADocument {
    OwnContentPdfA(PdfWriter writer, PdfOutputIntent intent) {
        super(writer, PdfAConformance.PDF_A_3B, intent);
        PdfA3Checker checker = new PdfA3Checker(PdfAConformance.PDF_A_3B) {
            @Override
            protected void checkContentStream(PdfStream contentStream, PdfResources resources) {
                // written here from a known set of operators; veraPDF checks the result in the tests
            }
        };
        // the same checker for the document and for its pages, as PdfADocument sets them up
        ValidationContainer validation = new ValidationContainer();
        validation.addChecker(checker);
        getDiContainer().register(ValidationContainer.class, validation);
        pdfPageFactory = new PdfAPageFactory(checker);
    }
}
