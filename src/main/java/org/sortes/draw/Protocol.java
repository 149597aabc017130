package org.sortes.draw;

import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** The strings of sortes-draw/1 that are hashed: commitment and seed (docs/protocol.md). */
public final class Protocol {
    public static final String VERSION = "sortes-draw/1";
    /** Observers' digits needed before the draw may proceed. */
    public static final int MIN_ENTROPY_DIGITS = 20;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SECRET = Pattern.compile("[0-9a-f]{64}");

    private Protocol() {
    }

    /** The public digests a session is bound to. */
    public record Digests(String plan, String candidates, String inspectors) {
    }

    /** SHA-256 of "sortes-draw/1;commit;" + plan + ";" + candidates + ";" + inspectors + ";" + secret. */
    public static String commitment(Digests d, String secretHex) {
        requireSecret(secretHex);
        return Sha256.hex(VERSION + ";commit;" + d.plan() + ";" + d.candidates() + ";" + d.inspectors() + ";" + secretHex);
    }

    /** The observers' digits in entry order, joined by "/". */
    public static String entropy(List<String> digitGroups) {
        for (String g : digitGroups) {
            if (!DIGITS.matcher(g).matches()) {
                throw new IllegalArgumentException("entropy must be digits 0-9 only: " + g);
            }
        }
        return String.join("/", digitGroups);
    }

    public static int digitCount(List<String> digitGroups) {
        return digitGroups.stream().mapToInt(String::length).sum();
    }

    /** "sortes-draw/1;" + digests + ";" + secret + ";" + entropy + ";" + beacon. */
    public static String seed(Digests d, String secretHex, List<String> digitGroups, String beacon) {
        requireSecret(secretHex);
        return VERSION + ";" + d.plan() + ";" + d.candidates() + ";" + d.inspectors() + ";" + secretHex + ";"
                + entropy(digitGroups) + ";" + (beacon == null ? "" : beacon.strip());
    }

    public static String newSecret(java.security.SecureRandom random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static void requireSecret(String secretHex) {
        if (secretHex == null || !SECRET.matcher(secretHex).matches()) {
            throw new IllegalArgumentException("the secret must be 64 lowercase hex digits");
        }
    }
}
