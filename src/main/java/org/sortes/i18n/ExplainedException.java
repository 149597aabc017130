package org.sortes.i18n;

/** A failure with English words for logs and a message key with values for the user's language. */
public class ExplainedException extends RuntimeException implements Explained {
    private final String key;
    private final transient Object[] args;

    public ExplainedException(String key, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
