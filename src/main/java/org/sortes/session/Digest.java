package org.sortes.session;

import java.util.regex.Pattern;

/** A SHA-256 value as 64 lower-case hex characters (digests, commitments, chain heads, secrets). */
public record Digest(String hex) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Digest {
        if (hex == null || !HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 value: \"" + hex + "\"");
        }
    }

    /** Null stays null: a stage not reached yet has no digest. */
    static Digest ofNullable(String hex) {
        return hex == null ? null : new Digest(hex);
    }

    /** In groups of four characters, to be read aloud and compared with a printed page. */
    public String grouped() {
        return org.sortes.documents.OfficialPdf.grouped(hex);
    }

    /** Groups any hex text (null gives ""), for values that may not be a whole SHA-256. */
    public static String group(String hex) {
        return org.sortes.documents.OfficialPdf.grouped(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
