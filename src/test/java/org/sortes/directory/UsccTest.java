package org.sortes.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110000101623741K", "911101066976941872"})
    void check_knownRegisteredCodes_valid(String code) {
        assertEquals(Uscc.Check.VALID, Uscc.check(code));
    }

    @Test
    void check_changedCheckCharacter_isWarningNotMalformed() {
        assertEquals(Uscc.Check.WRONG_CHECK_CHARACTER, Uscc.check("91110000101623741J"));
        assertEquals(Uscc.Check.WRONG_CHECK_CHARACTER, Uscc.check("911101066976941873"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91110000101623741", "91110000101623741KK", "91110000101623741I",
        "9111000010162374OK", "91AB0000101623741K", "91110000101623741k", "９1110000101623741K"})
    void check_wrongLengthOrSymbols_malformed(String code) {
        assertEquals(Uscc.Check.MALFORMED, Uscc.check(code));
    }

    @Test
    void checkCharacter_weightedSumDivisibleBy31_isZeroNotOutOfRange() {
        // choose the 17th symbol so that the weighted sum is a multiple of 31: then
        // (31 - 0) mod 31 = 0 and the check character must be '0'
        String first16 = "9162010266666666";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 16; i++) {
            sum += Uscc.ALPHABET.indexOf(first16.charAt(i)) * weights[i];
        }
        int value = -1;
        for (int v = 0; v < 31; v++) {
            if ((sum + v * 28) % 31 == 0) {
                value = v;
            }
        }
        String first17 = first16 + Uscc.ALPHABET.charAt(value);
        assertEquals('0', Uscc.checkCharacter(first17));
        assertEquals(Uscc.Check.VALID, Uscc.check(first17 + "0"));
    }

    @Test
    void onlyTheDivisionCodeMustBeDigits_theOrganisationCodeMayStartWithALetter() {
        // positions 3-8 are the division (digits); position 9 opens the organisation code (digit or letter)
        String first17 = "91620103MA7XQ1234";
        assertEquals(Uscc.Check.VALID, Uscc.check(first17 + Uscc.checkCharacter(first17)));
        String letterInDivision = "9162010AM07XQ1234";
        assertEquals(Uscc.Check.MALFORMED, Uscc.check(letterInDivision + Uscc.checkCharacter(letterInDivision)));
        String letterFirstInDivision = "91A20103M07XQ1234";
        assertEquals(Uscc.Check.MALFORMED, Uscc.check(letterFirstInDivision + Uscc.checkCharacter(letterFirstInDivision)));
    }

    @Test
    void registrationNumber_fifteenDigitsOnly() {
        assertTrue(Uscc.isRegistrationNumber("620102600123456"));
        assertFalse(Uscc.isRegistrationNumber("62010260012345"));
        assertFalse(Uscc.isRegistrationNumber("62010260012345X"));
    }
}
