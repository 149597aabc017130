package org.sortes.directory;

import java.time.LocalDate;
import java.util.List;

/** Reads canonical stored values back into Java types. */
final class Values {
    private Values() {
    }

    static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        // the stored form, yyyy-MM-dd, read without the formatter: its parse builds a map per date, and
        // a freeze reads two dates for each of a million subjects
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            int year = digits(iso, 0, 4);
            int month = digits(iso, 5, 7);
            int day = digits(iso, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    // 2026-02-30 and the like: the formatter's own exception and message, below
                }
            }
        }
        return LocalDate.parse(iso);
    }

    /** The ASCII digits from, to as a number; -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static int count(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }

    static List<String> list(String joined) {
        return joined == null ? List.of() : List.of(joined.split(";"));
    }
}
