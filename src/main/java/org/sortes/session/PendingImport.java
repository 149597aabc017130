package org.sortes.session;

import java.util.List;
import org.sortes.directory.DirectoryVersion;
import org.sortes.directory.ImportPreview;
import org.sortes.store.DirectoryTransaction;

/**
 * An import that has been read, checked and written inside a transaction that is still open: its
 * preview shows exactly what a commit makes visible. Close without commit and nothing happened;
 * a crash meanwhile leaves the workspace as before (SQLite rolls the open transaction back).
 */
public final class PendingImport implements AutoCloseable {
    private final ImportPreview preview;
    private final DirectoryTransaction transaction;
    private final String refusal;
    private boolean done;

    PendingImport(ImportPreview preview, DirectoryTransaction transaction, String refusal) {
        this.preview = preview;
        this.transaction = transaction;
        this.refusal = refusal;
        if (transaction == null) {
            done = true;
        }
    }

    public ImportPreview preview() {
        return preview;
    }

    /** Makes the new version visible. Refused when the preview has errors. */
    public List<DirectoryVersion> commit() {
        if (!preview.canCommit() || transaction == null) {
            throw new IllegalStateException(refusal);
        }
        if (done) {
            throw new IllegalStateException("this import was already committed or discarded");
        }
        done = true;
        try {
            return transaction.commit();
        } finally {
            transaction.close();
        }
    }

    /** Discards the import; the workspace stays as it was. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            transaction.close();
        }
    }
}
