package org.sortes.session;

/**
 * What an officer writes for the record besides the registers: an observer's name, a decision, a
 * reason, a note. It is printed in the minutes, shown on the display or kept in the audit log, so it
 * is one line without control characters, and no longer than those can print.
 */
final class WrittenText {
    /** An observer's name: a cell of the minutes' table and a line of the display. */
    static final int NAME = 50;
    /** An observer's organisation or how the digits were made. */
    static final int SHORT = 100;
    /** A decision, a reason, a note. */
    static final int STATEMENT = 500;
    /** An observer's digits: ten dice rolls are ten; the display shows them at 56 px. */
    static final int DIGITS = 100;

    private WrittenText() {
    }

    /** The text stripped, or null when blank; refused when it holds a control character or is too long. */
    static String checked(String value, int most) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (org.sortes.directory.FieldParser.hasControlCharacter(value)) {
            throw new Refusal("text.error.control");
        }
        String text = value.strip();
        if (!fits(text, most)) {
            throw new Refusal("text.error.tooLong", most, text.codePointCount(0, text.length()));
        }
        return text;
    }

    /** Whether text is one line of at most that many characters (code points). */
    static boolean fits(String text, int most) {
        return !org.sortes.directory.FieldParser.hasControlCharacter(text) && text.codePointCount(0, text.length()) <= most;
    }
}
