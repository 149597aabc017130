package org.sortes.session;

import java.util.Locale;
import org.sortes.i18n.ExplainedException;
import org.sortes.i18n.I18n;

/**
 * A step the services refuse, with its message key and values: the console and the command line
 * say it in the user's language, the log keeps the English words (the English bundle's own).
 */
public class Refusal extends ExplainedException {
    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    public Refusal(String key, Object... args) {
        super(key, ENGLISH.get(key, args), null, args);
    }

    private Refusal(String key, Throwable cause, Object... args) {
        super(key, ENGLISH.get(key, args), cause, args);
    }

    /**
     * A file that could not be written, with why in the user's words (no permission, no such folder,
     * anything else: the disk or the device), never the operating system's English.
     */
    public static Refusal cannotWrite(java.nio.file.Path target, java.io.IOException e) {
        String why = java.nio.file.Files.isDirectory(target) ? "io.isFolder"
                : e instanceof java.nio.file.AccessDeniedException ? "io.denied"
                : e instanceof java.nio.file.NoSuchFileException ? "io.noFolder"
                : e instanceof java.nio.file.FileAlreadyExistsException ? "io.exists" : "io.failed";
        return new Refusal("document.error.write", e, target, new ExplainedException(why, why, null));
    }
}
