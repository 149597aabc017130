package org.sortes.documents;

import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a PDF from outside shows on its pages, and whether it was changed after it was written: the
 * checks `sortes verify minutes.pdf` makes beyond the attached proof. The file is untrusted.
 */
public final class PrintedPdf {
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private PrintedPdf() {
    }

    /** The text of every page, in page order, with all white space (U+3000 too) removed. */
    public static String pageText(Path pdf) throws IOException {
        MemoryLimitsAwareHandler limits = new MemoryLimitsAwareHandler()
                .setMaxSizeOfSingleDecompressedPdfStream(PdfAttachments.MAX_STREAM)
                .setMaxSizeOfDecompressedPdfStreamsSum(2L * PdfAttachments.MAX_STREAM);
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile(),
                new ReaderProperties().setMemoryLimitsAwareHandler(limits)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            throw new IOException("not a readable PDF: " + e.getMessage(), e);
        }
        return sb.toString().replaceAll("[\\s\\u3000]+", "");
    }

    /**
     * How many times the file says "%%EOF": Sortes writes its documents in one piece (one), and every
     * incremental update — the way PDF editors and signing tools change a file — appends another.
     */
    public static int revisions(Path pdf) throws IOException {
        int count = 0;
        int matched = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(pdf), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == EOF_MARKER[matched]) {
                    if (++matched == EOF_MARKER.length) {
                        count++;
                        matched = 0;
                    }
                } else {
                    matched = b == EOF_MARKER[0] ? 1 : 0;
                }
            }
        }
        return count;
    }
}
