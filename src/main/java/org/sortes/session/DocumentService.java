package org.sortes.session;

import java.nio.file.Path;
import java.util.List;
import org.sortes.progress.Progress;

/** The documents of a session: the minutes (PDF/A-3b with the proof attached). */
public interface DocumentService {

    /** What was written: the file, its SHA-256 (also in the audit log) and its size in pages. */
    record Written(Path file, String sha256, int pages, int targets) {
    }

    /**
     * Writes the minutes of a locked session to target (replacing it only once complete) and records
     * the document in the audit log. Progress counts targets written; a cancel ends in
     * {@link org.sortes.progress.CancelledException}, leaving no file and no event.
     */
    Written minutes(long sessionId, Path target, Progress progress);

    /**
     * Writes the notice of a session that has its commitment (committed up to locked): plan, frozen
     * counts and digests, the commitment, how the draw is checked; never the secret. Recorded in the
     * audit log like the minutes.
     */
    Written notice(long sessionId, Path target);

    /**
     * Writes the notification letters (检查通知书) of a locked session: one page per staffed target with the
     * subject's name, code and address, the items and their legal basis, the team (leader first) and the
     * line to check the draw; never a legal representative, identity number or phone. Recorded in the
     * audit log; a cancel leaves no file.
     */
    Written letters(long sessionId, Path target, Progress progress);

    /**
     * Writes the draw result for publication (抽取结果公示) of a locked session into a folder: PDF, CSV and
     * JSON in the layout of docs/publication-format.md, each whole or not at all and recorded in the
     * audit log with its SHA-256.
     */
    List<Written> announce(long sessionId, Path folder);

    /**
     * Writes a document of the session to a temporary folder to be previewed and printed, with
     * progress and cancel; nothing is recorded until it is saved or printed. The caller closes it.
     */
    DocumentDraft draft(DocumentKind kind, long sessionId, Progress progress);

    /**
     * Saves a draft's very bytes under target (for the announcement, its CSV and JSON beside it, under
     * their own names), each whole or not at all, and records each in the audit log with its SHA-256.
     */
    List<Written> save(DocumentDraft draft, Path target);

    /**
     * The sealed slip (密钥封存单) of a committed session, for the notary's envelope: the session, its
     * commitment and the secret on one page, rendered at dpi for printing and never written to a file.
     * Refused after the reveal, and for a secret the commitment was not made from.
     */
    List<RenderedPage> secretSlip(long sessionId, String secret, int dpi);

    /** Records in the audit log that the sealed slip was printed, and on which printer (never the secret). */
    void recordSlipPrint(long sessionId, String printer);

    /** Records in the audit log that a draft was printed: on which printer, how many pages, its SHA-256. */
    void recordPrint(DocumentDraft draft, String printer, int pages);

    /**
     * Readies the document code for a session whose minutes can be written, once per workspace opened:
     * sets the session's notice into nothing (no file, no audit event), so that the fonts, the PDF/A
     * writer and the page code are loaded and compiled before the officer asks for a document. The
     * first minutes of a console then take about as long as the next ones. Does nothing for any other
     * session, or once done; says whether it set the notice.
     */
    boolean warmUp(long sessionId);
}
