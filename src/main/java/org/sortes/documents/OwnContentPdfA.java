package org.sortes.documents;

import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import com.itextpdf.io.source.IFinishable;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.IPdfPageFactory;
import com.itextpdf.kernel.pdf.IStreamCompressionStrategy;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.pdfa.PdfADocument;
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

            @Override
            public boolean isPdfObjectReadyToFlush(PdfObject object) {
                // an object stream holds only objects already checked and let through
                return object instanceof PdfStream stream && PdfName.ObjStm.equals(stream.getAsName(PdfName.Type))
                        || super.isPdfObjectReadyToFlush(object);
            }
        };
        // the same checker for the document and for its pages, as PdfADocument sets them up
        ValidationContainer validation = new ValidationContainer();
        validation.addChecker(checker);
        getDiContainer().register(ValidationContainer.class, validation);
        pdfPageFactory = new WrittenWhenDone();
        getDiContainer().register(IStreamCompressionStrategy.class, deflating);
    }

    private final OneDeflater deflating = new OneDeflater();

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            deflating.deflater.end(); // zlib's memory is outside the heap
        }
    }

    /**
     * Deflates every stream of the document with one zlib state, reset between streams. iText's own
     * strategy makes a new Deflater for each stream: setting up zlib's state (and its 32 KB buffer) a
     * few hundred microseconds each, ten thousand times for the letters.
     */
    private static final class OneDeflater implements IStreamCompressionStrategy {
        private final Deflater deflater = new Deflater();

        @Override
        public PdfName getFilterName() {
            return PdfName.FlateDecode;
        }

        @Override
        public PdfObject getDecodeParams() {
            return null;
        }

        @Override
        public OutputStream createNewOutputStream(OutputStream original, PdfStream stream) {
            deflater.reset();
            deflater.setLevel(stream.getCompressionLevel());
            return new Deflating(original, deflater);
        }
    }

    /** iText finishes a stream's compression through IFinishable, and leaves the Deflater to us. */
    private static final class Deflating extends DeflaterOutputStream implements IFinishable {
        Deflating(OutputStream out, Deflater deflater) {
            super(out, deflater, 4096);
        }
    }

    /**
     * Pages that are checked and written out when flushed, as a plain document's are. iText's PDF/A page
     * keeps every page until the document closes, unless it is flushed with every stream its resources
     * name (the fonts' and the page total's too, which later pages still need); ten thousand letters
     * then held 200 MB of page content, which the collector copied over and over. The checks are the
     * same: flushing a page runs the document's checker on it first, as closing does.
     */
    private static final class WrittenWhenDone implements IPdfPageFactory {
        @Override
        public PdfPage createPdfPage(PdfDictionary dictionary) {
            return new Page(dictionary);
        }

        @Override
        public PdfPage createPdfPage(PdfDocument document, PageSize size) {
            return new Page(document, size);
        }
    }

    /** A plain page: PdfPage's constructors are protected. */
    private static final class Page extends PdfPage {
        Page(PdfDictionary dictionary) {
            super(dictionary);
        }

        Page(PdfDocument document, PageSize size) {
            super(document, size);
        }
    }
}
