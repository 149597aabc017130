package org.sortes.session;

import java.nio.file.Path;
import org.sortes.imports.Progress;

/** The documents of a session: the minutes (PDF/A-3b with the proof attached). */
public interface DocumentService {

    /** What was written: the file, its SHA-256 (also in the audit log) and its size in pages. */
    record Written(Path file, String sha256, int pages, int targets) {
    }

    /**
     * Writes the minutes of a locked session to target (replacing it only once complete) and records
     * the document in the audit log. Progress counts targets written; a cancel ends in
     * {@link org.sortes.imports.CancelledException}, leaving no file and no event.
     */
    Written minutes(long sessionId, Path target, Progress progress);

    /**
     * Writes the notice of a session that has its commitment (committed up to locked): plan, frozen
     * counts and digests, the commitment, how the draw is checked; never the secret. Recorded in the
     * audit log like the minutes.
     */
    Written notice(long sessionId, Path target);
}
