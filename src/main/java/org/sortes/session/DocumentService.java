package org.sortes.session;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** The documents of a session: the minutes (PDF/A-3b with the proof attached). */
public interface DocumentService {

    /** What was written: the file, its SHA-256 (also in the audit log) and its size in pages. */
    record Written(Path file, String sha256, int pages, int targets) {
    }

    /**
     * Writes the minutes of a locked session to target (replacing it only once complete) and records
     * the document in the audit log. progress gets targets written; cancelled stops it, leaving no file.
     */
    Written minutes(long sessionId, Path target, IntConsumer progress, BooleanSupplier cancelled);
}
