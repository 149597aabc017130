package org.sortes.draw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sortes.session.PlanJson;

/**
 * The worked example of protocol 2 (docs/vectors/sortes-draw-2.json): every value derived from its
 * inputs. {@link #main} writes the "expected" member once; ProtocolVectorTest checks it stays so.
 */
public final class Vector2 {
    static final Path FILE = Path.of("docs/vectors/sortes-draw-2.json");

    private Vector2() {
    }

    static ObjectNode expected(ObjectMapper mapper, JsonNode in) {
        DrawPlan plan = PlanJson.parse(mapper, in.get("planCanonicalJson").asText(), PlanJson.ItemDepartments.IN_PLAN);
        StringBuilder register = new StringBuilder();
        Population.Builder builder = new Population.Builder(plan);
        long n = 0;
        for (JsonNode l : in.get("registerLines")) {
            register.append(l.asText()).append('\n');
            RegisterLines.Entry e = RegisterLines.parse(l.asText(), ++n);
            builder.add(e.subject(), e.lastDrawnOn());
        }
        Population.Candidates frozen = builder.build();
        StringBuilder insp = new StringBuilder();
        in.get("inspectorLines").forEach(l -> insp.append(l.asText()).append('\n'));
        List<PoolInspector> pool = CanonicalLists.parseInspectors(insp.toString());
        Protocol.Digests d = new Protocol.Digests(plan.digest(), CanonicalLists.candidatesDigest(frozen.candidates()),
                CanonicalLists.inspectorsDigest(pool), Sha256.hex(register.toString()));
        String secret = in.get("secret").asText();
        List<String> digits = new ArrayList<>();
        in.get("observerDigits").forEach(x -> digits.add(x.asText()));
        String seed = Protocol.seed(2, d, secret, digits, in.get("beacon").asText());
        DrawResult r = DrawEngine.draw(plan, frozen.candidates(), pool, seed);

        ObjectNode out = mapper.createObjectNode();
        out.put("planDigest", d.plan());
        out.put("registerDigest", d.register());
        ObjectNode excluded = out.putObject("excluded");
        frozen.excluded().forEach((why, count) -> excluded.put(why.name(), count));
        ArrayNode lines = out.putArray("candidateLines");
        frozen.candidates().forEach(c -> lines.add(CanonicalLists.candidateLine(c).replace("\n", "")));
        out.put("candidatesDigest", d.candidates());
        out.put("inspectorsDigest", d.inspectors());
        out.put("commitment", Protocol.commitment(2, d, secret));
        out.put("seed", seed);
        out.put("seedHash", r.seedHash());
        r.stratumSizes().forEach(out.withArray("stratumSizes")::add);
        r.sampleSizes().forEach(out.withArray("sampleSizes")::add);
        ArrayNode targets = out.putArray("targets");
        for (DrawResult.Target t : r.targets()) {
            ObjectNode o = targets.addObject().put("rank", t.rank()).put("id", t.id()).put("stratum", t.stratum())
                    .put("region", t.region()).put("ticket", t.ticket());
            ArrayNode team = o.putArray("team");
            t.team().forEach(m -> team.add(m.certificateNo()));
            if (t.shortfall() != null) {
                o.putObject("shortfall").put("department", t.shortfall().department())
                        .put("eligible", t.shortfall().eligible()).put("needed", t.shortfall().needed());
            }
        }
        return out;
    }

    /** Writes the expected values into the vector file (run once, when the example changes). */
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode v = (ObjectNode) mapper.readTree(Files.readAllBytes(Path.of(args.length > 0 ? args[0]
                : FILE.toString())));
        v.set("expected", expected(mapper, v.get("input")));
        Files.writeString(FILE, mapper.writeValueAsString(v) + "\n");
    }
}
