package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sortes.i18n.I18n;

/** The bounds an officer types to list the audit log: what each form means, and a refusal in words. */
class AuditTimeBoundTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDay_aMinute_aSecond_orAnOffset_boundWhatTheyName() {
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), IntegrityService.bound("2026-11-26", false, SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T15:59:59.999999999Z"), IntegrityService.bound("2026-11-26", true, SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"), IntegrityService.bound("2026-11-26T08:00", false, SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T00:00:59.999999999Z"), IntegrityService.bound(" 2026-11-26T08:00 ", true,
                SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T00:00:30.999999999Z"), IntegrityService.bound("2026-11-26T08:00:30", true,
                SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), IntegrityService.bound("2026-11-26T08:00Z", false, SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"), IntegrityService.bound("2026-11-26T08:00+08:00", false,
                SHANGHAI));
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"), IntegrityService.bound("2026-11-26 08:00", false, SHANGHAI),
                "a space for the T, as people write it");
        assertNull(IntegrityService.bound("  ", true, SHANGHAI));
        assertNull(IntegrityService.bound(null, false, SHANGHAI));
    }

    @Test
    void somethingElse_isRefusedInTheUsersWords() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        for (String typed : new String[] {"abc", "2026-13-01", "2026-11-26 8:00", "26/11/2026", "2026-11-26T25:00"}) {
            org.sortes.i18n.ExplainedException e = assertThrows(org.sortes.i18n.ExplainedException.class,
                    () -> IntegrityService.bound(typed, false, SHANGHAI), typed);
            assertEquals("“" + typed + "”不是有效的时间：请写日期（如 2026-11-26）或时刻（如 2026-11-26T08:00）", zh.explain(e));
        }
    }
}
