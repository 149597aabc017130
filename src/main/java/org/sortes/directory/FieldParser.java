package org.sortes.directory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one field's text into its canonical stored form. The same rules serve file imports and
 * the edit form, so a value accepted in one is accepted in the other.
 */
public final class FieldParser {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；,，、|]");

    /** The canonical value (null when empty) and at most one issue. */
    public record Parsed(String value, FieldIssue issue) {
        static Parsed ok(String value) {
            return new Parsed(value, null);
        }

        static Parsed bad(FieldIssue issue) {
            return new Parsed(null, issue);
        }

        /** A warning keeps the value. */
        static Parsed warn(String value, FieldIssue issue) {
            return new Parsed(value, issue);
        }
    }

    /**
     * The most characters one value may have. No name, address or legal basis comes near it; a longer
     * value is a shifted column or an unclosed quote, and would not fit the documents' tables (a cell
     * of the minutes holds about this much on one page).
     */
    public static final int MAX_CHARACTERS = 500;

    private FieldParser() {
    }

    public static Parsed parse(Field field, String raw) {
        String text = raw == null ? "" : clean(raw);
        if (text.isEmpty()) {
            return field.required() ? Parsed.bad(FieldIssue.REQUIRED_EMPTY) : Parsed.ok(null);
        }
        if (hasControlCharacter(text)) {
            return Parsed.bad(FieldIssue.CONTROL_CHARACTER);
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return Parsed.bad(FieldIssue.TOO_LONG);
        }
        return switch (field.type()) {
            case TEXT, DEPARTMENT -> Parsed.ok(text);
            case USCC -> uscc(text.toUpperCase(Locale.ROOT));
            case REGISTRATION_NUMBER -> Uscc.isRegistrationNumber(text)
                    ? Parsed.ok(text) : Parsed.bad(FieldIssue.REGISTRATION_NUMBER_MALFORMED);
            case REGION -> text.length() == 6 && allDigits(text) ? Parsed.ok(text) : Parsed.bad(FieldIssue.REGION_MALFORMED);
            case DATE -> date(text);
            case COUNT -> count(text);
            case FLAG -> flag(text);
            case RISK_CLASS -> riskClass(text);
            case DUTY_STATUS -> dutyStatus(text);
            case LIST -> Parsed.ok(joinList(text));
            case CODE_LIST -> codeList(text);
        };
    }

    /**
     * True for C0 and C1 control characters (TAB, CR, LF, NUL, ESC, U+0085 …) and the Unicode line and
     * paragraph separators: no register field may hold one.
     */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Trims, including full-width spaces and stray non-breaking spaces from spreadsheets. */
    public static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7f) {
            return false; // printable ASCII, the common case: skip the Unicode tables
        }
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }

    private static Parsed uscc(String text) {
        return switch (Uscc.check(text)) {
            case VALID -> Parsed.ok(text);
            case WRONG_CHECK_CHARACTER -> Parsed.warn(text, FieldIssue.USCC_CHECK_CHARACTER);
            case MALFORMED -> Parsed.bad(FieldIssue.USCC_MALFORMED);
        };
    }

    private static Parsed date(String text) {
        // the usual ISO form without a regular expression: a million rows pass through here
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && allDigits(text.substring(0, 4)) && allDigits(text.substring(5, 7)) && allDigits(text.substring(8))) {
            try {
                return Parsed.ok(LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10)).toString());
            } catch (DateTimeException e) {
                return Parsed.bad(FieldIssue.DATE_INVALID);
            }
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return Parsed.bad(FieldIssue.DATE_INVALID);
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Parsed.ok(d.toString());
        } catch (DateTimeException e) {
            return Parsed.bad(FieldIssue.DATE_INVALID);
        }
    }

    private static Parsed count(String text) {
        if (text.length() > 9 || !allDigits(text)) {
            return Parsed.bad(FieldIssue.COUNT_INVALID);
        }
        return Parsed.ok(Integer.toString(Integer.parseInt(text)));
    }

    private static Parsed flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "列入", "已列入" -> Parsed.ok("1");
            case "否", "n", "no", "false", "0", "未列入" -> Parsed.ok("0");
            default -> Parsed.bad(FieldIssue.FLAG_INVALID);
        };
    }

    private static Parsed riskClass(String text) {
        String t = text.toUpperCase(Locale.ROOT).replace("类", "").replace("级", "");
        return switch (t) {
            case "A", "Ａ" -> Parsed.ok("A");
            case "B", "Ｂ" -> Parsed.ok("B");
            case "C", "Ｃ" -> Parsed.ok("C");
            case "D", "Ｄ" -> Parsed.ok("D");
            default -> Parsed.bad(FieldIssue.RISK_CLASS_UNKNOWN);
        };
    }

    private static Parsed dutyStatus(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "在岗", "on duty", "on", "active" -> Parsed.ok(Inspector.ON_DUTY);
            case "离岗", "off duty", "off", "inactive" -> Parsed.ok(Inspector.OFF_DUTY);
            default -> Parsed.bad(FieldIssue.DUTY_STATUS_UNKNOWN);
        };
    }

    private static Parsed codeList(String text) {
        String joined = joinList(text.toUpperCase(Locale.ROOT));
        if (joined == null) {
            return Parsed.ok(null);
        }
        for (String code : joined.split(";")) {
            if (Uscc.check(code) == Uscc.Check.MALFORMED && !Uscc.isRegistrationNumber(code)) {
                return Parsed.warn(joined, FieldIssue.CODE_LIST_ENTRY_MALFORMED);
            }
        }
        return Parsed.ok(joined);
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Splits on any usual separator and joins with ';', dropping empty entries. */
    public static String joinList(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            plain = ";；,，、|".indexOf(text.charAt(i)) < 0;
        }
        if (plain) {
            String c = clean(text);
            return c.isEmpty() ? null : c;
        }
        List<String> parts = new ArrayList<>();
        for (String p : LIST_SEPARATORS.split(text)) {
            String c = clean(p);
            if (!c.isEmpty()) {
                parts.add(c);
            }
        }
        return parts.isEmpty() ? null : String.join(";", parts);
    }
}
