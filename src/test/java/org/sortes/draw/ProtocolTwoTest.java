package org.sortes.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.RiskClass;

/** The parts protocol 2 added, each rule of docs/protocol.md tested at its edges. */
class ProtocolTwoTest {
    static final String SECRET = "5f1c9a0e7b3d2c4f6a8e1b0d9c7f5e3a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e";
    static final Protocol.Digests D2 = new Protocol.Digests("a".repeat(64), "b".repeat(64), "c".repeat(64),
            "d".repeat(64));

    @Test
    void codePoints_orderAboveTheBmp_unlikeUtf16() {
        String supplementary = new String(Character.toChars(0x20BB7)); // 𠮷
        String high = "\uFF21"; // Ａ, above the surrogates in UTF-16 but below U+20BB7 in code points
        assertTrue(supplementary.compareTo(high) < 0, "UTF-16 order puts the surrogate first");
        assertTrue(CodePoints.compare(supplementary, high) > 0, "code point order puts it last");
        assertEquals(0, CodePoints.compare("abc", "abc"));
        assertTrue(CodePoints.compare("ab", "abc") < 0 && CodePoints.compare("abc", "ab") > 0, "a prefix first");
        assertTrue(CodePoints.compare("a", "b") < 0 && CodePoints.compare("b", "a") > 0);
        assertEquals(List.of("a", "b", high, supplementary),
                List.of(supplementary, "b", high, "a").stream().sorted(CodePoints.ORDER).toList());
    }

    @Test
    void beaconValue_printableAsciiOnly_spacesTrimmedAtTheEndsOnly() {
        assertEquals("5 1 7", Protocol.beaconValue("  5 1 7 "));
        assertEquals("x", Protocol.beaconValue("x"));
        assertEquals("~", Protocol.beaconValue("~"));
        assertEquals("!", Protocol.beaconValue("!"));
        for (String bad : List.of("", "   ", "\t517", "517\n", "五", "\u00a0517", "517\u3000", "a\u007fb")) {
            assertThrows(IllegalArgumentException.class, () -> Protocol.beaconValue(bad), bad);
        }
        assertEquals(200, Protocol.beaconValue("9".repeat(200)).length());
        assertThrows(IllegalArgumentException.class, () -> Protocol.beaconValue("9".repeat(201)));
        assertEquals(200, Protocol.beaconValue(" " + "9".repeat(200) + " ").length(), "the limit is after trimming");
    }

    @Test
    void commitmentAndSeed_version2_bindTheRegister_version1_doesNot() {
        String c2 = Protocol.commitment(2, D2, SECRET);
        assertEquals(Sha256.hex("sortes-draw/2;commit;" + "a".repeat(64) + ";" + "b".repeat(64) + ";" + "c".repeat(64)
                + ";" + "d".repeat(64) + ";" + SECRET), c2);
        Protocol.Digests otherRegister = new Protocol.Digests(D2.plan(), D2.candidates(), D2.inspectors(),
                "e".repeat(64));
        assertNotEquals(c2, Protocol.commitment(2, otherRegister, SECRET));
        assertEquals(Protocol.commitment(1, D2, SECRET), Protocol.commitment(1, otherRegister, SECRET),
                "version 1 has no register");
        assertThrows(IllegalArgumentException.class, () -> Protocol.commitment(2,
                new Protocol.Digests("a", "b", "c"), SECRET), "version 2 needs the register digest");
        assertThrows(IllegalArgumentException.class, () -> Protocol.commitment(3, D2, SECRET));
        String seed = Protocol.seed(2, D2, SECRET, List.of("123", "45"), " 517 ");
        assertEquals("sortes-draw/2;" + "a".repeat(64) + ";" + "b".repeat(64) + ";" + "c".repeat(64) + ";"
                + "d".repeat(64) + ";" + SECRET + ";123/45;517", seed);
        assertTrue(Protocol.seed(2, D2, SECRET, List.of("1"), null).endsWith(";1;"));
        assertTrue(Protocol.seed(1, D2, SECRET, List.of("1"), "\u3000517\t").endsWith(";1;517"), "v1: Java strip()");
        assertThrows(IllegalArgumentException.class, () -> Protocol.seed(2, D2, SECRET, List.of("1"), "\u3000517"));
        assertEquals(1, Protocol.versionOf("sortes-draw/1"));
        assertEquals(2, Protocol.versionOf("sortes-draw/2"));
        assertEquals(0, Protocol.versionOf("sortes-draw/3"));
    }

    static MarketSubject subject(String code, String region, List<String> tags, List<String> last, RiskClass risk,
                                 boolean retired) {
        return new MarketSubject(code, null, null, "名称", "有限责任公司", "零售业", region, "地址", "法人", "存续",
                null, risk, true, false, 4, LocalDate.of(2026, 1, 2), tags, last, retired);
    }

    @Test
    void registerLine_holdsWhatTheFreezeReads_inOrder_andReadsBack() {
        MarketSubject s = subject("91620102MA7100001A", "620102", List.of("校园", "连锁"), List.of("62SJ2", "62SJ1"),
                RiskClass.C, false);
        String line = RegisterLines.line(s, LocalDate.of(2026, 3, 1));
        // tags and last inspectors sorted by code point: 校 (U+6821) before 连 (U+8FDE)
        assertEquals("91620102MA7100001A\t0\t620102\t有限责任公司\t零售业\t校园;连锁\t存续\t2026-01-02\t2026-03-01\t0\t1\t4"
                + "\tC\t62SJ1;62SJ2\n", line);
        assertFalse(line.contains("名称") || line.contains("地址") || line.contains("法人"), "no names in the register");
        RegisterLines.Entry back = RegisterLines.parse(line.substring(0, line.length() - 1), 1);
        assertEquals(LocalDate.of(2026, 3, 1), back.lastDrawnOn());
        assertEquals(line, RegisterLines.line(back.subject(), back.lastDrawnOn()), "round trip");
        assertEquals(RiskClass.C, back.subject().riskClass());
        assertTrue(back.subject().abnormalOperations());
        assertFalse(back.subject().seriousViolation());
        assertFalse(back.subject().retired());
        assertEquals(4, back.subject().complaints());
        MarketSubject bare = subject("620102600000123", null, List.of(), List.of(), null, true);
        String empty = RegisterLines.line(bare, null);
        assertEquals("620102600000123\t1\t\t有限责任公司\t零售业\t\t存续\t2026-01-02\t\t0\t1\t4\t\t\n", empty);
        RegisterLines.Entry e = RegisterLines.parse(empty.substring(0, empty.length() - 1), 2);
        assertNull(e.lastDrawnOn());
        assertNull(e.subject().regionCode());
        assertNull(e.subject().riskClass());
        assertTrue(e.subject().retired());
    }

    @Test
    void registerLine_refusesWhatWouldBreakTheFile() {
        assertThrows(IllegalArgumentException.class, () -> RegisterLines.line(subject("A\tB", "620102", List.of(),
                List.of(), null, false), null));
        assertThrows(IllegalArgumentException.class, () -> RegisterLines.line(subject("A", "620102", List.of("x;y"),
                List.of(), null, false), null));
        String good = "X\t0\t\t\t\t\t\t\t\t0\t0\t0\t\t";
        RegisterLines.parse(good, 1);
        for (String bad : List.of("X\t0", "\t0\t\t\t\t\t\t\t\t0\t0\t0\t\t", good.replaceFirst("\t0\t", "\t2\t"),
                good.replace("\t0\t0\t0\t", "\t0\t0\tx\t"), good.replace("\t\t\t\t\t\t\t\t", "\t\t\t\t\t\t2026-13-01\t\t"),
                good + "\textra", good.replace("\t0\t\t", "\t0\tE\t"))) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> RegisterLines.parse(bad, 7),
                    bad);
            assertTrue(ex.getMessage().startsWith("register line 7"), ex.getMessage());
        }
        RegisterLines.Digester d = new RegisterLines.Digester();
        d.add("a\n", "a");
        d.add("b\n", "b");
        assertThrows(IllegalArgumentException.class, () -> d.add("b\n", "b"), "no repeats");
        assertThrows(IllegalArgumentException.class, () -> d.add("a\n", "a"), "in order");
        assertEquals(2, d.lines());
        assertEquals(Sha256.hex("a\nb\n"), d.hex());
    }

    @Test
    void drawnWithinDays_leavesOutOnlyWhatWasDrawnAfterTheLimit() {
        DrawPlan plan = DrawPlan.of("t", LocalDate.of(2026, 11, 26), Map.of("SJ-1", "市场局"), DrawPlan.Scope.any(),
                new DrawPlan.Exclusions(List.of(), 0, 30), List.of(new DrawPlan.Stratum("全部", DrawPlan.StratumRule.any(),
                        null, 10)), 2, false, false, null);
        Population.Builder b = new Population.Builder(plan);
        b.add(subject("A", "620102", List.of(), List.of(), null, false), LocalDate.of(2026, 10, 27)); // the limit: kept
        b.add(subject("B", "620102", List.of(), List.of(), null, false), LocalDate.of(2026, 10, 28)); // after: out
        b.add(subject("C", "620102", List.of(), List.of(), null, false), null);
        Population.Candidates c = b.build();
        assertEquals(List.of("A", "C"), c.candidates().stream().map(Candidate::id).toList());
        assertEquals(1, c.excluded().get(Population.Exclusion.RECENTLY_DRAWN));
        DrawPlan off = DrawPlan.of("t", LocalDate.of(2026, 11, 26), Map.of("SJ-1", "市场局"), DrawPlan.Scope.any(),
                new DrawPlan.Exclusions(List.of(), 0, 0), plan.strata(), 2, false, false, null);
        Population.Builder all = new Population.Builder(off);
        all.add(subject("B", "620102", List.of(), List.of(), null, false), LocalDate.of(2026, 11, 26));
        assertEquals(1, all.build().candidates().size(), "0 is off");
    }

    @Test
    void plan2_departmentsComeFromTheItems_andTheCanonicalFormHasTheNewMembers() {
        DrawPlan plan = DrawPlan.of("t", LocalDate.of(2026, 11, 26), Map.of("YJ-1", "应急厅", "SJ-1", "市场局"),
                DrawPlan.Scope.any(), DrawPlan.Exclusions.standard(), List.of(new DrawPlan.Stratum("全部",
                        DrawPlan.StratumRule.any(), null, 10)), 1, false, false,
                new DrawPlan.DeclaredBeacon("福彩3D", "当期"));
        assertEquals(List.of("SJ-1", "YJ-1"), plan.items());
        assertEquals(List.of("市场局", "应急厅").stream().sorted(CodePoints.ORDER).toList(), plan.departments());
        assertTrue(plan.departmentsMatchItems());
        String json = plan.canonicalJson();
        assertTrue(json.contains("\"beacon\":{\"reference\":\"当期\",\"source\":\"福彩3D\"}"), json);
        assertTrue(json.contains("\"itemDepartments\":{\"SJ-1\":\"市场局\",\"YJ-1\":\"应急厅\"}"), json);
        assertTrue(json.contains("\"drawnWithinDays\":0"), json);
        DrawPlan lying = new DrawPlan("t", plan.sessionDate(), plan.items(), List.of("市场局"), plan.scope(),
                plan.exclusions(), plan.strata(), 2, false, false, 2, plan.itemDepartments(), null);
        assertFalse(lying.departmentsMatchItems());
        DrawPlan noBeacon = DrawPlan.of("t", plan.sessionDate(), plan.itemDepartments(), plan.scope(),
                plan.exclusions(), plan.strata(), 1, false, false, null);
        assertTrue(noBeacon.canonicalJson().contains("\"beacon\":null"));
        assertThrows(IllegalArgumentException.class, () -> new DrawPlan("t", plan.sessionDate(), plan.items(),
                plan.departments(), plan.scope(), new DrawPlan.Exclusions(List.of(), 0, 5), plan.strata(), 1, false,
                false, 1, Map.of(), null), "version 1 has no drawnWithinDays");
        assertThrows(IllegalArgumentException.class, () -> new DrawPlan.Exclusions(List.of(), -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new DrawPlan.DeclaredBeacon(" ", "x"));
    }
}
