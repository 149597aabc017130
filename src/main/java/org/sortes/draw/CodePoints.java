package org.sortes.draw;

import java.util.Comparator;

/**
 * Text order of the protocol: by Unicode code points, as SQLite's BINARY collation and a byte-wise
 * sort of UTF-8 give it. Java's String.compareTo (UTF-16 code units) differs above U+FFFF only.
 */
public final class CodePoints {
    public static final Comparator<String> ORDER = CodePoints::compare;

    private CodePoints() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
