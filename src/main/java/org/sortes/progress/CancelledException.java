package org.sortes.progress;

/** The user cancelled a long job; whatever it was writing has been rolled back. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
