package org.sortes.draw;

import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The strings of the protocol that are hashed: commitment and seed (docs/protocol.md). Version 2
 * binds the register digest and takes only a declared beacon; version 1 proofs still verify.
 */
public final class Protocol {
    public static final String VERSION_1 = "sortes-draw/1";
    public static final String VERSION_2 = "sortes-draw/2";
    /** The version new sessions are drawn with. */
    public static final int CURRENT = 2;
    public static final String VERSION = VERSION_2;
    /** Observers' digits needed before the draw may proceed. */
    public static final int MIN_ENTROPY_DIGITS = 20;
    /** Longest beacon value (protocol 2). */
    public static final int MAX_BEACON_LENGTH = 200;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SECRET = Pattern.compile("[0-9a-f]{64}");

    private Protocol() {
    }

    public static String name(int version) {
        return switch (version) {
            case 1 -> VERSION_1;
            case 2 -> VERSION_2;
            default -> throw new IllegalArgumentException("unknown protocol version " + version);
        };
    }

    /** 1 or 2 for a known protocol string, 0 otherwise. */
    public static int versionOf(String protocol) {
        return VERSION_1.equals(protocol) ? 1 : VERSION_2.equals(protocol) ? 2 : 0;
    }

    /**
     * The public digests a session is bound to. register is the digest of the canonical subjects
     * register (protocol 2; null in protocol 1).
     */
    public record Digests(String plan, String candidates, String inspectors, String register) {
        public Digests(String plan, String candidates, String inspectors) {
            this(plan, candidates, inspectors, null);
        }

        String joined(int version) {
            return plan + ";" + candidates + ";" + inspectors + (version >= 2 ? ";" + register : "");
        }
    }

    /** Protocol 1: SHA-256 of "sortes-draw/1;commit;" + plan + ";" + candidates + ";" + inspectors + ";" + secret. */
    public static String commitment(Digests d, String secretHex) {
        return commitment(1, d, secretHex);
    }

    /** SHA-256 of VERSION + ";commit;" + the digests (register too from version 2) + ";" + secret. */
    public static String commitment(int version, Digests d, String secretHex) {
        requireSecret(secretHex);
        requireDigests(version, d);
        return Sha256.hex(name(version) + ";commit;" + d.joined(version) + ";" + secretHex);
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

    /** Protocol 1: "sortes-draw/1;" + digests + ";" + secret + ";" + entropy + ";" + beacon (Java-stripped). */
    public static String seed(Digests d, String secretHex, List<String> digitGroups, String beacon) {
        return seed(1, d, secretHex, digitGroups, beacon);
    }

    /**
     * VERSION + ";" + digests + ";" + secret + ";" + entropy + ";" + beacon. Version 1 trims the beacon
     * with Java's strip(); version 2 takes it as {@link #beaconValue} cleaned it.
     */
    public static String seed(int version, Digests d, String secretHex, List<String> digitGroups, String beacon) {
        requireSecret(secretHex);
        requireDigests(version, d);
        String b = beacon == null ? "" : version == 1 ? beacon.strip() : beaconValue(beacon);
        return name(version) + ";" + d.joined(version) + ";" + secretHex + ";" + entropy(digitGroups) + ";" + b;
    }

    /**
     * A beacon value of protocol 2: printable ASCII (U+0020 to U+007E) only, at most 200 characters,
     * spaces (U+0020) at either end removed; anything else is refused, nothing else is changed.
     */
    public static String beaconValue(String typed) {
        int start = 0;
        int end = typed.length();
        while (start < end && typed.charAt(start) == ' ') {
            start++;
        }
        while (end > start && typed.charAt(end - 1) == ' ') {
            end--;
        }
        String v = typed.substring(start, end);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the beacon value is empty");
        }
        if (v.length() > MAX_BEACON_LENGTH) {
            throw new IllegalArgumentException("the beacon value is longer than " + MAX_BEACON_LENGTH + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(String.format("the beacon value holds U+%04X at position %d; only"
                        + " printable ASCII is allowed", (int) c, i + 1));
            }
        }
        return v;
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

    private static void requireDigests(int version, Digests d) {
        name(version);
        if (version >= 2 && d.register() == null) {
            throw new IllegalArgumentException("protocol " + version + " binds the register digest");
        }
    }
}
