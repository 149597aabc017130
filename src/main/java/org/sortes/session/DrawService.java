package org.sortes.session;

import java.util.List;
import org.sortes.draw.DrawResult;
import org.sortes.store.DrawSessionRow;

/**
 * The stages of a draw session (plan → freeze → commit → entropy → reveal → draw → lock), each one
 * transaction. The UI and the CLI both call these.
 */
public interface DrawService {
    /** Observer roles, as stored. */
    List<String> ROLES = List.of("notary", "npc_deputy", "cppcc_member", "media", "discipline", "other");

    /** Creates a session from a plan in JSON; returns its id. */
    long createPlan(String planJson);

    DrawSessionRow session(long id);

    List<DrawSessionRow> sessions();

    /** Freezes the population and the inspector pool; reports counts, exclusions and digests. */
    FreezeReport freeze(long id);

    /** Stores the commitment to a secret the caller has already put in safe keeping; returns it. */
    String commit(long id, String secretHex);

    void addObserver(long id, String name, String role, String digits);

    void setBeacon(long id, String value, String source);

    /** Checks the secret against the commitment; a mismatch changes nothing and is refused. */
    void reveal(long id, String secretHex);

    /** Draws (or, when already drawn, returns the stored result: a draw is never repeated). */
    DrawResult draw(long id);

    /** Records what the officer did about an unstaffed target. */
    void decide(long id, int rank, String decision);

    void lock(long id);

    void abort(long id, String reason);

    /** Records in the audit log that a document or export was written (name and SHA-256). */
    void recordExport(long id, String what, String file, String sha256);

    /** Records in the audit log that a document (minutes, notice) was generated (name and SHA-256). */
    void recordDocument(long id, String what, String file, String sha256);

    /** The observers' entries in the order made. */
    List<org.sortes.store.DrawStore.ObserverRow> observers(long id);

    /** The stored targets with their teams, shortfalls and decisions (empty before the draw). */
    List<org.sortes.store.StoredTarget> targets(long id);

    /** Everything for a proof file: the proof and the frozen lists. */
    ProofBundle proof(long id);
}
