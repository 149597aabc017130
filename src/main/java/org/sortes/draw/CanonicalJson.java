package org.sortes.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON for hashing (RFC 8785 for the types used here): objects with keys sorted by UTF-16
 * code units, no whitespace, strings with only the mandatory escapes, integers in plain decimal. No
 * floating point exists in the protocol, so JCS's number rules reduce to that.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** Values may be Map (String keys), List, String, Integer, Long, Boolean or null. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>();
            for (Object k : m.keySet()) {
                keys.add((String) k);
            }
            keys.sort(null); // String.compareTo is UTF-16 code unit order, as RFC 8785 asks
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(keys.get(i), sb);
                sb.append(':');
                write(m.get(keys.get(i)), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(l.get(i), sb);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a canonical JSON value: " + v.getClass().getName());
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
