package org.sortes.i18n;

/**
 * An exception that can be said in the user's language: a message key and its values. Its own
 * message stays in English for logs and developers; {@link I18n#explain} picks the user's words.
 */
public interface Explained {
    /** The message key, or null when there is none. */
    String messageKey();

    Object[] messageArgs();

    /**
     * The whole sentence, for a refusal whose sentence is built of several keys (where, then what:
     * an import's problem); null when the key and its values say it.
     */
    default String saidIn(I18n i18n) {
        return null;
    }
}
