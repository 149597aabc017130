package org.sortes.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a PDF that Sortes wrote, for the console's preview and for printing: each
 * page as ARGB pixels, so that neither the caller nor the UI needs a PDF library.
 */
public final class PdfPages implements AutoCloseable {
    /** A rendered page: width × height pixels, row by row, 0xAARRGGBB. */
    public record Page(int width, int height, int[] argb) {
    }

    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPages(Path pdf) throws IOException {
        this(Loader.loadPDF(pdf.toFile()));
    }

    /** A PDF held in memory (the sealed slip, which is never written to a file). */
    public PdfPages(byte[] pdf) throws IOException {
        this(Loader.loadPDF(pdf));
    }

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page index (0-based) at dpi dots per inch (72 is the PDF's own size). */
    public synchronized Page render(int index, int dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        return new Page(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
