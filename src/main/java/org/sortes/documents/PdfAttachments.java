package org.sortes.documents;

import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files embedded in a PDF (the minutes carry the proof this way). The PDF comes from
 * outside and is untrusted: decompression is capped, names are reduced to plain file names, and
 * anything unexpected is an {@link IOException} with a plain message.
 */
public final class PdfAttachments {
    /** More than any real proof list (a million candidates is about 60 MB) and far below a bomb. */
    static final int MAX_STREAM = 512 * 1024 * 1024;

    private PdfAttachments() {
    }

    /** Writes every embedded file of pdf into dir; returns the files written, in the PDF's order. */
    public static List<Path> extract(Path pdf, Path dir) throws IOException {
        MemoryLimitsAwareHandler limits = new MemoryLimitsAwareHandler()
                .setMaxSizeOfSingleDecompressedPdfStream(MAX_STREAM)
                .setMaxSizeOfDecompressedPdfStreamsSum(2L * MAX_STREAM);
        List<Path> written = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile(),
                new ReaderProperties().setMemoryLimitsAwareHandler(limits)))) {
            PdfDictionary names = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.Names);
            PdfDictionary files = names == null ? null : names.getAsDictionary(PdfName.EmbeddedFiles);
            if (files == null) {
                return written;
            }
            collect(files, dir, written, 0);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // a damaged or hostile file makes the parser fail in many ways (even its internal asserts,
            // when enabled); all mean the same to the user
            throw new IOException("not a readable PDF: " + e.getMessage(), e);
        }
        return written;
    }

    /** Walks a name tree (Names pairs, Kids below), depth-limited against hostile loops. */
    private static void collect(PdfDictionary node, Path dir, List<Path> written, int depth) throws IOException {
        if (depth > 32) {
            throw new IOException("the PDF's attachment tree is too deep");
        }
        PdfArray pairs = node.getAsArray(PdfName.Names);
        if (pairs != null) {
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                PdfObject spec = pairs.get(i + 1);
                if (spec instanceof PdfDictionary d) {
                    save(d, dir, written);
                }
            }
        }
        PdfArray kids = node.getAsArray(PdfName.Kids);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                PdfDictionary kid = kids.getAsDictionary(i);
                if (kid != null) {
                    collect(kid, dir, written, depth + 1);
                }
            }
        }
    }

    private static void save(PdfDictionary spec, Path dir, List<Path> written) throws IOException {
        PdfString name = spec.getAsString(PdfName.UF) != null ? spec.getAsString(PdfName.UF) : spec.getAsString(PdfName.F);
        PdfDictionary ef = spec.getAsDictionary(PdfName.EF);
        PdfStream stream = ef == null ? null : ef.getAsStream(PdfName.F);
        if (name == null || stream == null) {
            return;
        }
        // only the last path element, and nothing that could climb out of dir
        String file = Path.of(name.toUnicodeString().replace('\\', '/')).getFileName().toString();
        if (file.isBlank() || file.equals("..") || file.equals(".")) {
            throw new IOException("an attachment has no usable file name");
        }
        Path target = dir.resolve(file);
        if (Files.exists(target)) {
            throw new IOException("two attachments are both named " + file);
        }
        Files.write(target, stream.getBytes());
        written.add(target);
    }
}
