package org.sortes.store;

import org.sortes.i18n.ExplainedException;

/**
 * A workspace could not be read or written; the message says which and why. Those the user can meet
 * (backups, restores, opening files) also carry a message key for the user's language.
 */
public class StoreException extends ExplainedException {
    public StoreException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public StoreException(String message) {
        super(null, message, null);
    }

    /** With a message key (under "error.") and its values; message is the same in English. */
    public StoreException(String key, String message, Throwable cause, Object... args) {
        super("error." + key, message, cause, args);
    }
}
