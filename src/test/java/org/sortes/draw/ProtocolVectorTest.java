package org.sortes.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sortes.session.PlanJson;

/** The worked example of docs/protocol.md, recomputed from its inputs. */
class ProtocolVectorTest {

    @Test
    void sortesDraw1_everyIntermediateValueAndTheResult() throws Exception {
        JsonNode v;
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("docs/vectors/sortes-draw-1.json"))) {
            v = new ObjectMapper().readTree(in);
        }
        JsonNode in = v.get("input");
        JsonNode want = v.get("expected");
        DrawPlan plan = PlanJson.parse(new ObjectMapper(), in.get("planCanonicalJson").asText(),
                org.sortes.session.PlanJson.ItemDepartments.IN_PLAN);
        assertEquals(in.get("planCanonicalJson").asText(), plan.canonicalJson(), "canonical form round-trips");
        StringBuilder c = new StringBuilder();
        in.get("candidateLines").forEach(l -> c.append(l.asText()).append('\n'));
        StringBuilder i = new StringBuilder();
        in.get("inspectorLines").forEach(l -> i.append(l.asText()).append('\n'));
        List<Candidate> candidates = CanonicalLists.parseCandidates(c.toString());
        List<PoolInspector> pool = CanonicalLists.parseInspectors(i.toString());
        Protocol.Digests d = new Protocol.Digests(plan.digest(), CanonicalLists.candidatesDigest(candidates),
                CanonicalLists.inspectorsDigest(pool));
        assertEquals(want.get("planDigest").asText(), d.plan());
        assertEquals(want.get("candidatesDigest").asText(), d.candidates());
        assertEquals(Sha256.hex(c.toString()), d.candidates(), "the digest is of the list bytes");
        assertEquals(want.get("inspectorsDigest").asText(), d.inspectors());
        String secret = in.get("secret").asText();
        assertEquals(want.get("commitment").asText(), Protocol.commitment(d, secret));
        List<String> digits = new ArrayList<>();
        in.get("observerDigits").forEach(x -> digits.add(x.asText()));
        String seed = Protocol.seed(d, secret, digits, in.get("beacon").asText());
        assertEquals(want.get("seed").asText(), seed);
        DrawResult r = DrawEngine.draw(plan, candidates, pool, seed);
        assertEquals(want.get("seedHash").asText(), r.seedHash());
        assertEquals(want.get("targets").size(), r.targets().size());
        for (int k = 0; k < r.targets().size(); k++) {
            JsonNode t = want.get("targets").get(k);
            DrawResult.Target got = r.targets().get(k);
            assertEquals(t.get("id").asText(), got.id());
            assertEquals(t.get("ticket").asText(), got.ticket());
            List<String> team = new ArrayList<>();
            t.get("team").forEach(x -> team.add(x.asText()));
            assertEquals(team, got.team().stream().map(DrawResult.Member::certificateNo).toList());
            assertEquals(t.has("shortfall"), !got.staffed());
        }
        assertTrue(r.targets().stream().anyMatch(t -> !t.staffed()), "the example shows an unstaffed target");
    }

    @Test
    void sortesDraw2_registerFreezeDigestsAndDraw_asPublished() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode v = mapper.readTree(java.nio.file.Files.readAllBytes(Vector2.FILE));
        assertEquals("sortes-draw/2", v.get("protocol").asText());
        assertEquals(v.get("expected"), Vector2.expected(mapper, v.get("input")));
        JsonNode e = v.get("expected");
        // each reason of the freeze appears once in the example, and the draw leaves one target unstaffed
        for (String why : List.of("RETIRED", "REGISTRATION_STATUS", "RECENTLY_INSPECTED", "RECENTLY_DRAWN")) {
            assertEquals(1, e.get("excluded").get(why).asInt(), why);
        }
        assertTrue(e.get("targets").findValues("shortfall").size() == 1);
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("docs/protocol.md"));
        for (String k : List.of("planDigest", "registerDigest", "candidatesDigest", "commitment", "seedHash")) {
            assertTrue(text.contains(e.get(k).asText()), "docs/protocol.md shows " + k);
        }
        assertTrue(text.contains(v.get("input").get("planCanonicalJson").asText()), "docs/protocol.md shows the plan");
    }
}
