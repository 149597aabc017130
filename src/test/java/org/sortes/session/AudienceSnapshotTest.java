package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Register;
import org.sortes.testutil.Sessions;

/** The audience display's facts, stage by stage, and that nothing outside the whitelist reaches it. */
class AudienceSnapshotTest {
    @TempDir
    Path dir;

    /** The whitelist: every fact the projector may show, by record and component. A new one must be added here. */
    static final Map<String, List<String>> ALLOWED = new TreeMap<>(Map.of(
            "AudienceSnapshot", List.of("sessionId", "title", "departments", "sessionDate", "rehearsal", "state",
                    "digests", "commitment", "observers", "digitsStillNeeded", "beacon", "reveal", "seedHash",
                    "strata", "targets", "proofSha256", "summaryCode", "earlier"),
            "Earlier", List.of("sessionId", "name", "stage", "status", "reason"),
            "Digests", List.of("plan", "candidates", "inspectors", "register"),
            "Contribution", List.of("name", "role", "organisation", "digits"),
            "Beacon", List.of("source", "reference", "value"),
            "Reveal", List.of("secret", "matchesCommitment"),
            "Stratum", List.of("name", "candidates", "drawn"),
            "Target", List.of("rank", "stratum", "subjectName", "subjectId", "ticket", "team", "staffed")));

    /** Every text the snapshot holds, walking its records and lists. */
    static void texts(Object value, List<String> out) throws Exception {
        if (value instanceof String text) {
            out.add(text);
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                texts(o, out);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                texts(c.getAccessor().invoke(value), out);
            }
        }
    }

    @Test
    void snapshot_isBuiltFromTheWhitelistOnly() {
        Map<String, List<String>> actual = new TreeMap<>();
        List<Class<?>> records = new ArrayList<>(List.of(AudienceSnapshot.class));
        records.addAll(Arrays.stream(AudienceSnapshot.class.getDeclaredClasses()).filter(Class::isRecord).toList());
        for (Class<?> c : records) {
            actual.put(c.getSimpleName(), Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList());
        }
        assertEquals(ALLOWED, actual);
    }

    @Test
    void stageByStage_whatTheHallSees_neverTheSecretBeforeTheReveal_noPersonalDetails() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员")) {
            DrawService draw = s.draw();
            AudienceService audience = s.audience();
            long id = draw.createPlan(Sessions.demoPlan());
            AudienceSnapshot planned = audience.snapshot(id);
            assertNull(planned.digests());
            assertEquals(List.of("甘肃省市场监督管理局"), planned.departments());
            draw.freeze(id);
            String secret = Sessions.commit(draw, id);
            AudienceSnapshot committed = audience.snapshot(id);
            assertEquals(draw.session(id).commitment(), committed.commitment());
            assertEquals(20, committed.digitsStillNeeded());
            assertEquals("中国福利彩票福彩3D", committed.beacon().source());
            draw.addObserver(id, "张公证", ObserverRole.NOTARY, "3141592653");
            draw.addObserver(id, "李代表", ObserverRole.NPC_DEPUTY, "2718281828");
            draw.setBeacon(id, "517");
            AudienceSnapshot entropy = audience.snapshot(id);
            assertEquals(0, entropy.digitsStillNeeded());
            assertEquals(List.of("3141592653", "2718281828"),
                    entropy.observers().stream().map(AudienceSnapshot.Contribution::digits).toList());
            for (AudienceSnapshot before : List.of(planned, committed, entropy)) {
                assertNull(before.reveal());
                assertFalse(before.toString().contains(secret), "no secret before the reveal");
            }
            draw.reveal(id, secret);
            AudienceSnapshot revealed = audience.snapshot(id);
            assertEquals(secret, revealed.reveal().secret().hex());
            assertTrue(revealed.reveal().matchesCommitment());
            List<DrawnTarget> drawn = draw.draw(id);
            AudienceSnapshot result = audience.snapshot(id);
            assertEquals(drawn.stream().map(DrawnTarget::subjectId).toList(),
                    result.targets().stream().map(AudienceSnapshot.Target::subjectId).toList());
            assertEquals(draw.session(id).seedHash(), result.seedHash());
            assertTrue(result.targets().stream().allMatch(t -> t.ticket().length() == 20 && !t.subjectName().isEmpty()));
            List<String> shown = new ArrayList<>();
            texts(result, shown);
            for (int i = 0; i < drawn.size(); i++) {
                DrawnTarget t = drawn.get(i);
                DirectoryRecord r = s.directory().find(Register.SUBJECTS, t.subjectId()).orElseThrow();
                assertEquals(r.get("name"), result.targets().get(i).subjectName(), "the registered name, nothing else");
                for (String field : List.of("legal_representative", "address", "uscc", "registration_number")) {
                    String value = r.get(field);
                    if (value != null && !value.equals(t.subjectId())) {
                        assertFalse(shown.contains(value), field + " of " + t.subjectId() + " reached the display");
                    }
                }
            }
            assertTrue(result.summaryCode().isEmpty(), "the summary code once locked");
            draw.lock(id);
            AudienceSnapshot locked = audience.snapshot(id);
            List<String> code = locked.summaryCode();
            assertTrue(code.size() >= 21 + 8 && code.stream().allMatch(r -> r.length() == code.size()));
            assertTrue(code.get(0).matches("0+"), "quiet zone");
            assertEquals("1111111", code.get(4).substring(4, 11), "finder pattern");
            Path minutes = dir.resolve("m.pdf");
            s.documents().minutes(id, minutes, org.sortes.progress.Progress.NONE);
            assertTrue(MinutesTest.text(minutes).contains(locked.proofSha256().hex()),
                    "the code's proof digest is the one the minutes print");
        }
    }

    @Test
    void riskClassesKeptInternal_theDisplayShowsThePlansAudienceNames() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员")) {
            com.fasterxml.jackson.databind.node.ObjectNode plan = (com.fasterxml.jackson.databind.node.ObjectNode)
                    ProofJson.mapper().readTree(Sessions.demoPlan());
            int n = 0;
            for (com.fasterxml.jackson.databind.JsonNode st : plan.get("strata")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) st).put("audienceName", "第 " + (++n) + " 层");
            }
            var c = Sessions.committed(s.draw(), plan.toString());
            s.draw().reveal(c.id(), c.secret());
            s.draw().draw(c.id());
            AudienceSnapshot shown = s.audience().snapshot(c.id());
            List<String> texts = new ArrayList<>();
            texts(shown, texts);
            for (String internal : List.of("D类", "C类", "B类", "A类", "严重违法失信")) {
                assertFalse(texts.contains(internal), internal + " reached the display");
            }
            assertEquals("第 4 层", shown.strata().get(3).name());
            assertTrue(shown.targets().stream().allMatch(t -> t.stratum().matches("第 \\d 层")));
            assertTrue(s.draw().session(c.id()).planJson().contains("\"audienceName\":\"第 1 层\""),
                    "the plan's digest binds what the hall is shown");
        }
    }
}
