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

    private static final String TWO_STRATA = GOOD.replace("[{\"name\": \"all\", \"ratioBasisPoints\": 300}]",
            "[{\"name\": \"甲\", \"count\": 3, \"rule\": {\"minComplaints\": 2}}, {\"name\": \"乙\", \"count\": 4}]");

    @Test
    void aFileWithTwoValues_aMemberTwice_orHalfASurrogatePair_isRefused_sayingWhere() {
        PlanJson.PlanException twice = refused(GOOD.replace("\"membersPerDepartment\": 2",
                "\"membersPerDepartment\": 3, \"membersPerDepartment\": 2"));
        assertEquals("duplicate", twice.code());
        assertTrue(CHINESE.get("plan." + twice.code(), twice.args()).startsWith("方案在同一对象中两次写了“membersPerDepartment”（第 2 行"),
                CHINESE.get("plan." + twice.code(), twice.args()));
        PlanJson.PlanException second = refused(GOOD + "\n{\"name\": \"另一个\"}");
        assertEquals("trailing", second.code());
        assertEquals("方案文件中不止一个 JSON 值：第 3 行第 1 列附近在方案之后还有内容", CHINESE.get("plan." + second.code(),
                second.args()));
        PlanJson.PlanException half = refused(GOOD.replace("\"name\": \"all\"", "\"name\": \"a\\udc00ll\""));
        assertEquals("surrogate", half.code());
        assertEquals("strata[0].name 的文字含有不成对的代理码元（如单独的 \\ud800 转义），不是有效的文字",
                CHINESE.get("plan." + half.code(), half.args()));
        // white space after the plan, and a character outside the BMP written as an escaped pair, are fine
        PlanJson.parse(MAPPER, GOOD + "\n\n", PlanJsonTest::market);
        assertEquals("a\uD842\uDFB7ll", PlanJson.parse(MAPPER, GOOD.replace("\"name\": \"all\"",
                "\"name\": \"a\\ud842\\udfb7ll\""), PlanJsonTest::market).strata().get(0).name());
    }

    @Test
    void aMistakeInsideAStratum_isPlacedInIt_inBothLanguages() {
        PlanJson.PlanException count = refused(TWO_STRATA.replace("\"count\": 4", "\"count\": -4"));
        assertEquals("strata[2].count must be a whole number from 0 to 2147483647", count.getMessage());
        assertEquals("strata[2].count 须为 0 到 2147483647 之间的整数", CHINESE.get("plan." + count.code(), count.args()));
        assertEquals("strata[1].rule.minComplaints must be a whole number from 0 to 2147483647",
                refused(TWO_STRATA.replace("\"minComplaints\": 2", "\"minComplaints\": 2.5")).getMessage());
        assertEquals("exclusions.inspectedWithinDays must be a whole number from 0 to 2147483647", refused(GOOD.replace("\"items\"",
                "\"exclusions\": {\"inspectedWithinDays\": \"180\"}, \"items\"")).getMessage());
        assertEquals("strata[2].name must be a non-empty text",
                refused(TWO_STRATA.replace("\"乙\"", "\" \"")).getMessage());
        assertEquals("beacon.reference is required", refused(GOOD.replace("\"items\"",
                "\"beacon\": {\"source\": \"福彩3D\"}, \"items\"")).getMessage());
        PlanJson.PlanException ratio = refused(GOOD.replace("300", "2.5"));
        assertEquals("basisPoints", ratio.code(), "a ratio with decimals is told its unit");
        assertTrue(CHINESE.get("plan.basisPoints", ratio.args()).startsWith("strata[1].ratioBasisPoints 须为 0 到 10000"));
    }

    @Test
    void unknownMembersOfTheScopeAndTheBeacon_refusedWithTheirPlace_absentNumbersTakeTheirDefaults() {
        PlanJson.PlanException scope = refused(GOOD.replace("\"items\"", "\"scope\": {\"regions\": [\"62\"]}, \"items\""));
        assertEquals("unknownField", scope.code());
        assertTrue(scope.getMessage().startsWith("scope: unknown field \"regions\""), scope.getMessage());
        PlanJson.PlanException beacon = refused(GOOD.replace("\"items\"",
                "\"beacon\": {\"source\": \"福彩3D\", \"reference\": \"当期\", \"value\": \"517\"}, \"items\""));
        assertTrue(beacon.getMessage().startsWith("beacon: unknown field \"value\""), beacon.getMessage());
        org.sortes.draw.DrawPlan plan = PlanJson.parse(MAPPER, GOOD.replace(", \"membersPerDepartment\": 2", ""),
                PlanJsonTest::market);
        assertEquals(2, plan.membersPerDepartment(), "a team of two from each department unless the plan says");
        assertEquals(0, plan.exclusions().inspectedWithinDays());
    }

    private static PlanJson.PlanException refusedForANewSession(String json) {
        PlanJson.parse(MAPPER, json, PlanJsonTest::market); // readable as a plan: the limits are a new session's
        return assertThrows(PlanJson.PlanException.class,
                () -> PlanJson.forNewSession(MAPPER, json, PlanJsonTest::market));
    }

    @Test
    void aNewSessionsPlan_heldToWhatTheDocumentsCanPrint_storedPlansAreNot() {
        String longest = "抽".repeat(PlanJson.MAX_NAME);
        assertEquals(longest, PlanJson.forNewSession(MAPPER, GOOD.replace("\"t\"", "\"" + longest + "\""),
                PlanJsonTest::market).name());
        PlanJson.PlanException name = refusedForANewSession(GOOD.replace("\"t\"", "\"" + longest + "查\""));
        assertEquals("tooLong", name.code());
        assertEquals("name 超过 100 个字符的上限（场次名称、分层名称等印在文书的标题和表格中，也显示在大屏上）",
                CHINESE.get("plan.tooLong", name.args()));
        assertEquals(name.getMessage(), ENGLISH.get("plan.tooLong", name.args()));
        assertTrue(refusedForANewSession(TWO_STRATA.replace("\"乙\"", "\"" + "层".repeat(31) + "\""))
                .getMessage().startsWith("strata[2].name is longer than the limit of 30 characters"));
        assertTrue(refusedForANewSession(TWO_STRATA.replace("\"count\": 4", "\"count\": 4, \"audienceName\": \""
                + "层".repeat(31) + "\"")).getMessage().startsWith("strata[2].audienceName is longer"));
        assertTrue(refusedForANewSession(GOOD.replace("\"items\"", "\"beacon\": {\"source\": \"" + "源".repeat(201)
                + "\", \"reference\": \"当期\"}, \"items\"")).getMessage().startsWith("beacon.source is longer"));
        for (String list : List.of("regionPrefixes", "subjectTypes", "industries", "tags")) {
            assertTrue(refusedForANewSession(GOOD.replace("\"items\"", "\"scope\": {\"" + list + "\": [\"62\", \""
                    + "标".repeat(101) + "\"]}, \"items\"")).getMessage().startsWith("scope." + list + " is longer"), list);
        }
        assertTrue(refusedForANewSession(GOOD.replace("\"items\"", "\"exclusions\": {\"registrationStatuses\": [\""
                + "销".repeat(101) + "\"]}, \"items\"")).getMessage().startsWith("exclusions.registrationStatuses is longer"));
        assertTrue(refusedForANewSession(GOOD.replace("\"items\"", "\"beacon\": {\"source\": \"福彩3D\", \"reference\": \""
                + "期".repeat(201) + "\"}, \"items\"")).getMessage().startsWith("beacon.reference is longer"));
        // 𠮷 is one character of two UTF-16 units: a hundred of them are a name of 100 characters
        String rare = "𠮷".repeat(PlanJson.MAX_NAME);
        assertEquals(rare, PlanJson.forNewSession(MAPPER, GOOD.replace("\"t\"", "\"" + rare + "\""),
                PlanJsonTest::market).name());
    }

    @Test
    void twoStrataOfOneName_refusedForANewSession_sayingWhich() {
        PlanJson.PlanException e = refusedForANewSession(TWO_STRATA.replace("\"乙\"", "\"甲\""));
        assertEquals("stratumTwice", e.code());
        assertEquals("strata[2] 与 strata[1] 同名（“甲”）：各层的名称须各不相同，观众和文书靠名称区分各层",
                CHINESE.get("plan.stratumTwice", e.args()));
        assertEquals(e.getMessage(), ENGLISH.get("plan.stratumTwice", e.args()));
        PlanJson.PlanException shown = refusedForANewSession(TWO_STRATA
                .replace("\"count\": 3,", "\"count\": 3, \"audienceName\": \"第 1 层\",")
                .replace("\"count\": 4", "\"count\": 4, \"audienceName\": \"第 1 层\""));
        assertEquals("strata[2].audienceName has the same name as strata[1].audienceName (\"第 1 层\"): strata must have"
                + " different names, by which the audience and the documents tell them apart", shown.getMessage());
        // names that differ, and audience names that differ, are a plan
        PlanJson.forNewSession(MAPPER, TWO_STRATA.replace("\"count\": 3,", "\"count\": 3, \"audienceName\": \"第 1 层\",")
                .replace("\"count\": 4", "\"count\": 4, \"audienceName\": \"第 2 层\""), PlanJsonTest::market);
    }
}
