package org.sortes.imports;

import org.sortes.progress.CancelledException;

import org.sortes.progress.Progress;

import java.io.IOException;
import java.util.List;

/** Streams a table file (CSV or XLSX) to a handler: the header first, then each row. */
public interface TableReader {

    /** Receives a table's content. */
    interface RowHandler {
        void header(List<String> names);

        /** @param rowNumber the row as a spreadsheet shows it (header = 1) */
        void row(long rowNumber, List<String> cells);
    }

    /** Reads the whole file; reports progress and stops with CancelledException when cancelled. */
    void read(RowHandler handler, Progress progress) throws IOException;

    /** The encoding that was used, for the record (e.g. "UTF-8", "GB18030", "xlsx"). */
    String encodingName();

    /** SHA-256 of the file's bytes as read, lowercase hex; valid after read(). */
    String sha256();
}
