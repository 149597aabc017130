package org.sortes.documents;

import org.sortes.i18n.Explained;

/**
 * A document cannot be written: a text in it holds a character that no embedded font can show (an
 * emoji, a private-use character), and PDF/A allows no glyph that is missing. Says which text and
 * which character, so that the register or the plan can be corrected; nothing is written.
 */
public final class UnprintableTextException extends RuntimeException implements Explained {
    private final String text;
    private final int codePoint;

    public UnprintableTextException(String text, int codePoint) {
        super("no embedded font shows U+" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)
                + " in \"" + text + "\"");
        this.text = text;
        this.codePoint = codePoint;
    }

    @Override
    public String messageKey() {
        return "document.error.unprintable";
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {text, new String(Character.toChars(codePoint)),
                "U+" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)};
    }
}
