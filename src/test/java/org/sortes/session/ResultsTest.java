package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Sha256;
import org.sortes.testutil.Sessions;

/** Inspection results: entered once per target, corrected only with a reason, audited, published. */
class ResultsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    WorkspaceServices services;
    ResultService results;
    long locked;
    long drawn;

    @BeforeEach
    void lockedSession() throws Exception {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "赵检查");
        DrawService draw = services.draw();
        String plan = Sessions.demoPlan();
        locked = Sessions.locked(draw, plan);
        Sessions.Committed second = Sessions.committed(draw, plan);
        drawn = second.id();
        draw.reveal(drawn, second.secret());
        draw.draw(drawn);
        results = services.results();
    }

    @AfterEach
    void close() {
        services.close();
    }

    List<AuditEntry> events(long session) {
        return services.integrity().events(new AuditQuery(session, "result", null, null, null));
    }

    @Test
    void record_then_correctWithReason_historyKept_currentIsTheCorrection() {
        InspectionResult first = results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY, null, null);
        assertNull(first.supersedes());
        org.sortes.session.Refusal again = assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY, null, null));
        assertTrue(again.getMessage().contains("a correction needs a reason"), again.getMessage());
        InspectionResult fix = results.record(locked, 1, ResultOutcome.ORDERED_TO_CORRECT, TODAY, "台账不全", "复核发现问题");
        assertEquals(first.id(), fix.supersedes());
        assertEquals(List.of(first.id(), fix.id()), results.history(locked).stream().map(InspectionResult::id).toList());
        assertEquals(List.of(fix), results.current(locked));
        assertEquals(29, results.missing(locked));
        List<AuditEntry> audited = events(locked);
        assertEquals(2, audited.size());
        assertTrue(audited.get(1).payload().contains("\"reason\":\"复核发现问题\""), audited.get(1).payload());
        assertTrue(audited.get(1).payload().contains("\"supersedes\":" + first.id()), audited.get(1).payload());
        assertTrue(services.integrity().verifyChain().intact());
    }

    @Test
    void badEntries_refusedWithReason_nothingWritten() {
        assertThrows(org.sortes.session.Refusal.class, () -> results.record(locked, 1, null, TODAY, null, null));
        org.sortes.session.Refusal other = assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(locked, 1, ResultOutcome.OTHER, TODAY, " ", null));
        assertTrue(other.getMessage().contains("needs a note"), other.getMessage());
        assertEquals("text.error.tooLong", assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(locked, 1, ResultOutcome.OTHER, TODAY, "说".repeat(501), null)).messageKey());
        assertEquals("text.error.control", assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(locked, 1, ResultOutcome.OTHER, TODAY, "说明\n第二行", null)).messageKey());
        assertEquals("text.error.tooLong", assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY, null, "因".repeat(501))).messageKey());
        org.sortes.session.Refusal rank = assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(locked, 31, ResultOutcome.NO_PROBLEM, TODAY, null, null));
        assertTrue(rank.getMessage().contains("has no target 31 (it has 30)"), rank.getMessage());
        assertThrows(org.sortes.session.Refusal.class, () -> results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY.minusDays(1), null, null));
        assertThrows(org.sortes.session.Refusal.class, () -> results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY.plusDays(1), null, null));
        assertThrows(org.sortes.session.Refusal.class, () -> results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY, null, "why"));
        org.sortes.session.Refusal notLocked = assertThrows(org.sortes.session.Refusal.class,
                () -> results.record(drawn, 1, ResultOutcome.NO_PROBLEM, TODAY, null, null));
        assertTrue(notLocked.getMessage().contains("once it is locked"), notLocked.getMessage());
        assertEquals(List.of(), results.history(locked));
        assertEquals(List.of(), results.history(drawn));
        assertEquals(List.of(), events(locked));
    }

    @Test
    void storedResults_cannotBeChangedOrDeleted() throws SQLException {
        results.record(locked, 2, ResultOutcome.NO_PROBLEM, TODAY, null, null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("w.db"));
             Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE inspection_results SET outcome = 'other'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM inspection_results"));
        }
        assertEquals(ResultOutcome.NO_PROBLEM, results.current(locked).get(0).outcome());
    }

    @Test
    void exportPublic_currentResultsInChinese_formulaNeutralised_audited() throws Exception {
        results.record(locked, 1, ResultOutcome.NO_PROBLEM, TODAY, null, null);
        results.record(locked, 1, ResultOutcome.FURTHER_ACTION, TODAY, "待立案", "补充材料后更正");
        results.record(locked, 3, ResultOutcome.OTHER, TODAY, "=HYPERLINK(\"http://x\")", null);
        Path csv = dir.resolve("公示.csv");
        assertEquals(2, results.exportPublic(locked, csv));
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "BOM for Excel");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("检查结果"), lines.get(0));
        assertTrue(lines.get(1).contains("发现问题待后续处理") && lines.get(1).contains("待立案"), lines.get(1));
        assertFalse(String.join("\n", lines).contains("未发现问题"), "a replaced result is not published");
        assertTrue(lines.get(2).contains("\"'=HYPERLINK("), lines.get(2));
        String subject = services.draw().targets(locked).get(0).subjectId();
        assertTrue(lines.get(1).startsWith(subject + ","), lines.get(1));
        AuditEntry export = services.integrity().events(new AuditQuery(locked, "export", null, null, null)).get(0);
        assertTrue(export.payload().contains(Sha256.hex(bytes)), export.payload());
        assertThrows(org.sortes.session.Refusal.class, () -> results.exportPublic(drawn, dir.resolve("no.csv")));
        assertFalse(Files.exists(dir.resolve("no.csv")));
    }
}
