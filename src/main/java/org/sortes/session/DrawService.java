package org.sortes.session;

import java.nio.file.Path;
import java.util.List;
import org.sortes.progress.Progress;

/**
 * The stages of a draw session (plan → freeze → commit → entropy → reveal → draw → lock), each one
 * transaction. The console and the command line both call these and get typed sessions back.
 */
public interface DrawService {

    /**
     * What the plan would give if frozen now (nothing is stored): strata, exclusions, inspectors per
     * department and warnings — an empty stratum, too few inspectors for the teams, certificates that
     * expire before the session date, a session date that is not today.
     */
    PlanPreview preview(String planJson, Progress progress);

    /** Creates a session from a plan in JSON; returns its id. */
    long createPlan(String planJson);

    /**
     * Creates a rehearsal (演练) from a plan: it runs like a session but is marked so on every screen
     * and document, never counts for exclusions or results, and can never become a live session.
     */
    long createRehearsal(String planJson);

    DrawSession session(long id);

    List<DrawSession> sessions();

    /**
     * Freezes the population and the inspector pool; reports counts, exclusions and digests.
     * Progress runs while the registers are read; a cancel before the write leaves the session planned.
     */
    FreezeReport freeze(long id, Progress progress);

    default FreezeReport freeze(long id) {
        return freeze(id, Progress.NONE);
    }

    /**
     * Generates the officer's 256-bit secret, writes it to a new file slip (owner-only where the file
     * system allows), then stores the commitment. If the commitment cannot be stored the slip is
     * removed, so that no slip exists without its commitment. Returns the commitment.
     */
    Digest commit(long id, Path slip);

    default void addObserver(long id, String name, ObserverRole role, String digits) {
        addObserver(id, name, role, null, null, digits);
    }

    /**
     * An observer's digits, with the organisation they come from (e.g. 兰州市公证处) and how the digits were
     * produced (e.g. 当众掷十面骰子); either may be null.
     */
    void addObserver(long id, String name, ObserverRole role, String organisation, String method, String digits);

    /**
     * Enters the value of the beacon the plan declared (its source is the plan's); refused when the
     * plan declares none, or a value is there already.
     */
    void setBeacon(long id, String value);

    /**
     * Whether a secret is the one a committed session's commitment was made from, said without revealing
     * anything or recording it (the sealed slip is printed only from the right secret); the secret as the
     * protocol writes it (64 lower-case hex digits). Refused after the reveal, and for any other secret.
     */
    String checkSecret(long sessionId, String secretHex);

    /** Checks the secret against the commitment; a mismatch changes nothing and is refused. */
    void reveal(long id, String secretHex);

    /**
     * Draws (or, when already drawn, returns the stored targets: a draw is never repeated). Progress
     * runs while the frozen lists are re-derived; a cancel before the write leaves the session revealed.
     */
    List<DrawnTarget> draw(long id, Progress progress);

    default List<DrawnTarget> draw(long id) {
        return draw(id, Progress.NONE);
    }

    /** Records what the officer did about an unstaffed target. */
    void decide(long id, int rank, String decision);

    /** Locks the result; returns the audit chain head stored with it. */
    Digest lock(long id);

    /** Abandons a session before its draw; after the draw there is only lock, then void. */
    void abort(long id, String reason);

    /** Voids (作废) a locked session with a reason: its result stays on record and later documents name it. */
    void voidSession(long id, String reason);

    /** The observers' entries in the order made. */
    List<Observer> observers(long id);

    /** The stored targets with their teams, shortfalls and decisions (empty before the draw). */
    List<DrawnTarget> targets(long id);

    /** A file written by an export, with its SHA-256 as recorded in the audit log. */
    record Exported(Path file, Digest sha256) {
    }

    /**
     * Writes the proof of a drawn or locked session to target and, with listsBeside (or a large
     * population), its lists beside it; each file appears whole under its name or not at all, and
     * each is recorded in the audit log with its SHA-256. A cancel before the write leaves nothing.
     */
    List<Exported> exportProof(long id, Path target, boolean listsBeside, Progress progress);

    /**
     * Writes the canonical subjects register a protocol 2 session froze (docs/protocol.md, §3), for a
     * notary or auditor to recompute the freeze with `sortes verify PROOF --register FILE`. Whole or not
     * at all; refused when it no longer hashes to the digest bound in the commitment.
     */
    Exported exportRegister(long id, Path target, Progress progress);

    /** Everything for a proof file: the proof and the frozen lists (for documents in this layer). */
    ProofBundle proof(long id);

    /** As {@link #proof(long)}; deriving the lists again reports to progress and stops when it is cancelled. */
    ProofBundle proof(long id, Progress progress);

    /**
     * The SHA-256 of the session's proof file exactly as the minutes attach it (lists beside): what the
     * minutes, the letters, the announcement and the audience display print. Taken from the stored
     * session and the digests bound at the freeze, without re-deriving the lists (a list file's SHA-256
     * is its digest), so that a document of a large session does not wait for them.
     */
    Digest proofDigest(long id);

    /**
     * The proof of a drawn session as stored, without its lists (for documents in this layer that
     * print the result but do not attach the lists).
     */
    org.sortes.draw.Proof storedProof(long id);

    /** Records in the audit log that a file was exported (name and SHA-256). */
    void recordExport(long id, String what, String file, String sha256);

    /** Records in the audit log that a document (minutes, notice) was generated (name and SHA-256). */
    void recordDocument(long id, String what, String file, String sha256);
}
