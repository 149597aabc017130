package org.sortes.session;

/** The revealed secret does not hash to the commitment: the session stays as it was. */
public class CommitmentMismatchException extends RuntimeException {
    public CommitmentMismatchException(String message) {
        super(message);
    }
}
