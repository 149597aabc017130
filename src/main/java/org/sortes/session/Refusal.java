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
}
