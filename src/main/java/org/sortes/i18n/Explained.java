package org.sortes.i18n;

/**
 * An exception that can be said in the user's language: a message key and its values. Its own
 * message stays in English for logs and developers; {@link I18n#explain} picks the user's words.
 */
public interface Explained {
    /** The message key, or null when there is none. */
    String messageKey();

    Object[] messageArgs();
}
