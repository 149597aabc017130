package org.sortes.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.store.Workspace;

/**
 * The chain itself: who an event is recorded under, and what a broken chain reports — how many events
 * were intact before the break, the hash they end on, and the first event that is wrong — for each way
 * of breaking it (an event taken out, one re-linked, one changed).
 */
class AuditLogTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.ofHours(8));

    @TempDir
    Path dir;

    @Test
    void anEventIsRecordedUnderTheOperatorsName_orUnknownWhenThereIsNone() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db")); Connection c = ws.connect()) {
            List<String> names = new ArrayList<>(java.util.Arrays.asList("王抽签", null, "  ", "李公证"));
            AuditLog log = new AuditLog(CLOCK, () -> names.remove(0));
            List<String> recorded = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                recorded.add(log.append(c, "note", null, Map.of("n", i)).actor());
            }
            assertEquals(List.of("王抽签", "unknown", "unknown", "李公证"), recorded);
            assertTrue(AuditLog.verify(c).intact());
            assertEquals(4, AuditLog.verify(c).events());
        }
    }

    @Test
    void aBrokenChain_saysHowFarItHolds_whereItEnds_andTheFirstWrongEvent() throws Exception {
        String[][] breaks = {
            {"DELETE FROM audit_events WHERE seq = 3"},
            {"UPDATE audit_events SET prev_hash = (SELECT hash FROM audit_events WHERE seq = 1) WHERE seq = 3"},
            {"UPDATE audit_events SET payload = '{\"n\":99}' WHERE seq = 3"},
        };
        for (String[] sql : breaks) {
            Path file = dir.resolve("w" + sql[0].hashCode() + ".db");
            try (Workspace ws = Workspace.open(file); Connection c = ws.connect()) {
                AuditLog log = new AuditLog(CLOCK, () -> "王抽签");
                List<AuditEvent> events = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    events.add(log.append(c, "note", null, Map.of("n", i)));
                }
                assertEquals(events.get(4).hash(), AuditLog.head(c));
                try (Statement st = c.createStatement()) {
                    List<String> triggers = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                            + " AND tbl_name = 'audit_events'")) {
                        while (rs.next()) {
                            triggers.add(rs.getString(1));
                        }
                    }
                    for (String t : triggers) {
                        st.execute("DROP TRIGGER " + t);
                    }
                    for (String s : sql) {
                        st.execute(s);
                    }
                }
                AuditLog.ChainStatus status = AuditLog.verify(c);
                assertFalse(status.intact(), sql[0]);
                assertEquals(2, status.events(), "two events hold before the break: " + sql[0]);
                assertEquals(events.get(1).hash(), status.head(), "the chain ends on the second event's hash: " + sql[0]);
                assertEquals(sql[0].startsWith("DELETE") ? 4L : 3L, status.firstBroken(), sql[0]);
            }
        }
    }

    @Test
    void theListFiltersBySessionTypeActorAndTime_andTheExportHasEveryEventAsOneLine() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("f.db")); Connection c = ws.connect()) {
            Instant[] now = {Instant.parse("2026-11-26T01:00:00Z")};
            String[] who = {"王抽签"};
            Clock ticking = new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.ofHours(8);
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now[0];
                }
            };
            AuditLog log = new AuditLog(ticking, () -> who[0]);
            log.append(c, "import", null, Map.of("rows", 3));                     // 09:00
            now[0] = now[0].plusSeconds(3600);
            log.append(c, "freeze", 1L, Map.of("candidates", 17));               // 10:00
            now[0] = now[0].plusSeconds(3600);
            who[0] = "李公证";
            log.append(c, "entropy", 1L, Map.of("digits", "3141592653"));        // 11:00
            now[0] = now[0].plusSeconds(3600);
            log.append(c, "freeze", 2L, Map.of("candidates", 5));                // 12:00
            assertEquals(List.of(2L, 3L), seqs(AuditLog.list(c, new AuditLog.Filter(1L, null, null, null, null))));
            assertEquals(List.of(2L, 4L), seqs(AuditLog.list(c, new AuditLog.Filter(null, "freeze", "", null, null))));
            assertEquals(List.of(3L, 4L), seqs(AuditLog.list(c, new AuditLog.Filter(null, null, "李公证", null, null))));
            // stored as "…T11:00+08:00" (no seconds): still the instant 11:00:00, both bounds included
            Instant eleven = Instant.parse("2026-11-26T03:00:00Z");
            assertEquals("2026-11-26T11:00+08:00", AuditLog.list(c, AuditLog.Filter.all()).get(2).at());
            assertEquals(List.of(3L, 4L), seqs(AuditLog.list(c, new AuditLog.Filter(null, null, null, eleven, null))));
            assertEquals(List.of(1L, 2L, 3L), seqs(AuditLog.list(c, new AuditLog.Filter(null, null, null, null, eleven))));
            assertEquals(List.of(3L), seqs(AuditLog.list(c, new AuditLog.Filter(null, null, null, eleven, eleven))));
            assertEquals(List.of(1L, 2L, 3L, 4L), seqs(AuditLog.list(c, AuditLog.Filter.all())));

            java.io.StringWriter out = new java.io.StringWriter();
            assertEquals(4, AuditLog.exportJsonLines(c, out));
            List<String> lines = out.toString().lines().toList();
            assertEquals(4, lines.size());
            assertTrue(out.toString().endsWith("\n"), "every line ends with LF");
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<AuditEvent> events = AuditLog.list(c, AuditLog.Filter.all());
            for (int i = 0; i < 4; i++) {
                var line = json.readTree(lines.get(i));
                AuditEvent e = events.get(i);
                assertEquals(e.seq(), line.get("seq").asLong());
                assertEquals(e.at(), line.get("at").asText());
                assertEquals(e.actor(), line.get("actor").asText());
                assertEquals(e.type(), line.get("type").asText());
                assertEquals(e.sessionId() == null, line.get("session").isNull());
                assertEquals(e.payload(), line.get("payload").asText());
                assertEquals(e.prevHash(), line.get("prev").asText());
                assertEquals(e.hash(), line.get("hash").asText());
            }
        }
    }

    private static List<Long> seqs(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::seq).toList();
    }
}
