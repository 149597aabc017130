package org.sortes.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to text shown to people. Chinese (zh_CN) is the default; English is available.
 * A missing key shows itself in brackets rather than failing, and a test keeps the bundles complete.
 */
public final class I18n {
    public static final String BUNDLE = "org.sortes.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: the base bundle is Chinese
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "en" gives English; anything else, or nothing, gives Chinese. */
    public static I18n forLanguage(String language) {
        return new I18n(language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (args.length == 0) {
            // the bundles write a quote as MessageFormat wants it ("''"), also where no value is put in
            return pattern.replace("''", "'");
        }
        // a value that explains itself (a cause inside a refusal) is said in this language too
        Object[] said = args.clone();
        for (int i = 0; i < said.length; i++) {
            String sentence = said[i] instanceof Explained x ? sentence(x) : null;
            if (sentence != null) {
                said[i] = sentence;
            }
        }
        return new MessageFormat(pattern, locale).format(said);
    }

    /**
     * What to tell the user about a failure: the exception's own words in this language when it has
     * them. One without (a library's, or a failure nobody foresaw) is never shown in another language:
     * in Chinese the user reads that it failed and where the details are; the details go to the log.
     */
    public String explain(Throwable e) {
        String sentence = e instanceof Explained x ? sentence(x) : null;
        if (sentence != null) {
            return sentence;
        }
        String own = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return own;
        }
        System.getLogger("org.sortes").log(System.Logger.Level.WARNING, "shown to the user as a failure", e);
        return get("error.unexplained");
    }

    /** What an explained value says in this language; null when it has no words here. */
    private String sentence(Explained x) {
        String whole = x.saidIn(this);
        if (whole != null) {
            return whole;
        }
        return x.messageKey() != null && has(x.messageKey()) ? get(x.messageKey(), x.messageArgs()) : null;
    }
}
