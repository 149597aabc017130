package org.sortes.directory;

/**
 * Unified social credit code (统一社会信用代码) per GB 32100-2015, and the legacy 15-digit
 * registration number (注册号) that may stand in for it.
 */
public final class Uscc {
    /** The 31 symbols of GB 32100-2015 (no I, O, S, V, Z). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** How a string fares against the standard. */
    public enum Check { VALID, WRONG_CHECK_CHARACTER, MALFORMED }

    private Uscc() {
    }

    public static Check check(String code) {
        if (code == null || code.length() != 18) {
            return Check.MALFORMED;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Check.MALFORMED;
            }
        }
        // positions 3-8 are the administrative division code: digits only
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Check.MALFORMED;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? Check.VALID : Check.WRONG_CHECK_CHARACTER;
    }

    /** The 18th character for the first 17: (31 - sum(value * 3^(i-1) mod 31) mod 31) mod 31. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC symbol: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** A legacy registration number: 15 digits. */
    public static boolean isRegistrationNumber(String code) {
        if (code == null || code.length() != 15) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
