package org.sortes.session;

/** The revealed secret does not hash to the commitment: the session stays as it was. */
public class CommitmentMismatchException extends Refusal {
    public CommitmentMismatchException(String commitment, long sessionId) {
        super("draw.error.commitmentMismatch", commitment, sessionId);
    }
}
