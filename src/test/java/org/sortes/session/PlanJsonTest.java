package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sortes.i18n.I18n;

class PlanJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    private static final I18n CHINESE = new I18n(I18n.CHINESE);
    private static final String GOOD = """
            {"name": "t", "sessionDate": "2026-11-26", "items": ["SJ-001"],
             "strata": [{"name": "all", "ratioBasisPoints": 300}], "membersPerDepartment": 2}""";

    /** Every item of the market department, as the register would give it. */
    static java.util.Map<String, String> market(List<String> items) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        items.forEach(i -> m.put(i, "甘肃省市场监督管理局"));
        return m;
    }

    private static PlanJson.PlanException refused(String json) {
        return assertThrows(PlanJson.PlanException.class,
                () -> PlanJson.parse(MAPPER, json, PlanJsonTest::market));
    }

    @Test
    void everyMistake_namesItsField_andReadsTheSameFromBothBundles() {
        List<String> bad = List.of(
                "{ not json",
                "[1, 2]",
                GOOD.replace("2026-11-26", "2026-13-01"),
                GOOD.replace("[\"SJ-001\"]", "[]"),
                GOOD.replace("[{\"name\": \"all\", \"ratioBasisPoints\": 300}]", "[]"),
                GOOD.replace("\"ratioBasisPoints\": 300", "\"ratioBasisPoints\": 300, \"rule\": {\"riskClass\": \"E\"}"),
                GOOD.replace("\"ratioBasisPoints\": 300", "\"ratioBasisPoints\": 300, \"count\": 4"),
                GOOD.replace("\"ratioBasisPoints\": 300", "\"ratioBasisPoints\": 10001"),
                GOOD.replace("\"membersPerDepartment\": 2", "\"membersPerDepartment\": 1"),
                GOOD.replace("\"name\": \"t\"", "\"nmae\": \"t\""),
                GOOD.replace("\"name\": \"t\", ", ""),
                GOOD.replace("\"name\": \"t\"", "\"name\": \"  \""),
                GOOD.replace("[\"SJ-001\"]", "\"SJ-001\""),
                GOOD.replace("300", "2.5"),
                GOOD.replace("\"membersPerDepartment\": 2", "\"avoidSameRegion\": \"yes\""));
        for (String json : bad) {
            PlanJson.PlanException e = refused(json);
            String key = "plan." + e.code();
            assertTrue(ENGLISH.has(key) && CHINESE.has(key), key);
            assertEquals(e.getMessage(), ENGLISH.get(key, e.args()), json);
            String chinese = CHINESE.get(key, e.args());
            assertFalse(chinese.contains("{") && !e.code().equals("notJson"), chinese);
        }
        assertEquals("membersPerDepartment: a team needs at least two inspectors",
                refused(GOOD.replace("\"membersPerDepartment\": 2", "\"membersPerDepartment\": 1")).getMessage());
    }
}
