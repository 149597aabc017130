package org.sortes.store;

import org.sortes.i18n.Explained;

/**
 * A workspace could not be read or written; the message says which and why. Those the user can meet
 * (backups, restores, opening files) also carry a message key for the user's language.
 */
public class StoreException extends RuntimeException implements Explained {
    private final String key;
    private final transient Object[] args;

    public StoreException(String message, Throwable cause) {
        this(null, message, cause);
    }

    public StoreException(String message) {
        this(null, message, null);
    }

    /** With a message key (under "error.") and its values; message is the same in English. */
    public StoreException(String key, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String messageKey() {
        return key == null ? null : "error." + key;
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
