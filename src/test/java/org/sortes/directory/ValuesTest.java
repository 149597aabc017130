package org.sortes.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Stored dates are read as the ISO formatter reads them, valid or not. */
class ValuesTest {
    @Test
    void aDate_isReadAsLocalDateParseReadsIt() {
        for (String d : new String[] {"2026-11-28", "2024-02-29", "0000-01-01", "9999-12-31", "1970-01-01",
            "+10000-01-01"}) {
            assertEquals(LocalDate.parse(d), Values.date(d), d);
        }
        assertNull(Values.date(null));
    }

    @Test
    void anInvalidDate_failsAsLocalDateParseFails() {
        for (String d : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-11-00",
            "2026-1-128", "2026/11/28", "2026-11-2x",
            // a colon is the character after '9': read as a digit it would make a valid month, day or year
            "2026-0:-01", "2026-11-0:", "202:-11-28", "2026-1/-01", "２０２６-11-28", "20261128", "", "2026-11-28 "}) {
            DateTimeParseException expected = assertThrows(DateTimeParseException.class, () -> LocalDate.parse(d), d);
            DateTimeParseException got = assertThrows(DateTimeParseException.class, () -> Values.date(d), d);
            assertEquals(expected.getMessage(), got.getMessage(), d);
        }
    }
}
