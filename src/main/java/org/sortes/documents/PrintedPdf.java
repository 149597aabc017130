package org.sortes.documents;

import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
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

    /** A glyph drawn on a page is not the bundled font's glyph for the character it extracts as. */
    public static final class RedrawnGlyph extends IOException {
        private final int page;
        private final String character;

        RedrawnGlyph(int page, DrawnGlyphs.Redrawn cause) {
            super("page " + page + ": " + cause.getMessage(), cause);
            this.page = page;
            this.character = cause.character;
        }

        public int page() {
            return page;
        }

        public String character() {
            return character;
        }
    }

    /**
     * The text every page prints, in page order, with all white space (U+3000 too) removed: the text
     * drawn visibly in the fonts Sortes embeds, each glyph checked against the font's own (text in
     * any other font, or invisible, is left out). Throws {@link RedrawnGlyph} when a glyph drawn is not
     * the font's glyph for its character.
     */
    public static String pageText(Path pdf) throws IOException {
        return pageText(pdf, org.sortes.progress.Progress.NONE);
    }

    /** As above, reporting the pages read and stopping (CancelledException) when cancelled. */
    public static String pageText(Path pdf, org.sortes.progress.Progress progress) throws IOException {
        MemoryLimitsAwareHandler limits = new MemoryLimitsAwareHandler()
                .setMaxSizeOfSingleDecompressedPdfStream(PdfAttachments.MAX_STREAM)
                .setMaxSizeOfDecompressedPdfStreamsSum(2L * PdfAttachments.MAX_STREAM);
        StringBuilder sb = new StringBuilder();
        DrawnGlyphs glyphs = new DrawnGlyphs();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile(),
                new ReaderProperties().setMemoryLimitsAwareHandler(limits)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                LocationTextExtractionStrategy strategy = new LocationTextExtractionStrategy();
                int page = i;
                IEventListener printedOnly = new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        if (type == EventType.RENDER_TEXT) {
                            try {
                                if (!glyphs.printed((TextRenderInfo) data)) {
                                    return;
                                }
                            } catch (DrawnGlyphs.Redrawn e) {
                                throw new java.io.UncheckedIOException(new RedrawnGlyph(page, e));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        strategy.eventOccurred(data, type);
                    }

                    @Override
                    public java.util.Set<EventType> getSupportedEvents() {
                        return null; // every event, as the strategy would get them
                    }
                };
                progress.checkCancelled();
                new PdfCanvasProcessor(printedOnly).processPageContent(doc.getPage(i));
                sb.append(strategy.getResultantText());
                progress.update(i, doc.getNumberOfPages());
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (org.sortes.progress.CancelledException e) {
            throw e;
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
