package org.sortes.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sortes.documents.PdfPages;

/**
 * A document written to a temporary folder to be looked at, printed and saved: what is saved and
 * printed are these very bytes (one SHA-256). Not in the audit log until saved or printed; closing it
 * removes the files.
 */
public final class DocumentDraft implements AutoCloseable {
    private final DocumentKind kind;
    private final long sessionId;
    private final List<DocumentService.Written> files;
    private final TempFolder folder;
    private final PdfPages pages;

    DocumentDraft(DocumentKind kind, long sessionId, List<DocumentService.Written> files, TempFolder folder)
            throws IOException {
        this.kind = kind;
        this.sessionId = sessionId;
        this.files = List.copyOf(files);
        this.folder = folder;
        this.pages = new PdfPages(pdf().file());
    }

    public DocumentKind kind() {
        return kind;
    }

    public long sessionId() {
        return sessionId;
    }

    /** The PDF (for the announcement, the first of its three files). */
    public DocumentService.Written pdf() {
        return files.get(0);
    }

    /** Every file of the document: one PDF, or for the announcement PDF, CSV and JSON. */
    public List<DocumentService.Written> files() {
        return files;
    }

    public int pageCount() {
        return pages.count();
    }

    /** Page index (0-based) at dpi dots per inch: about 100 for the screen, 300 for a printer. */
    public RenderedPage page(int index, int dpi) {
        try {
            PdfPages.Page p = pages.render(index, dpi);
            return new RenderedPage(p.width(), p.height(), p.argb());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            pages.close();
        } catch (IOException ignored) {
            // the folder goes anyway
        }
        folder.close();
    }
}
