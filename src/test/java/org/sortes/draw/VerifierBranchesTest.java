package org.sortes.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sortes.session.PlanJson;

/**
 * Every check of the verifier, each met by a forger who recomputes all he can (digests, commitment,
 * seed, draw) and changes one thing: the verdict must name that thing. Built on the published
 * protocol 2 example (docs/vectors/sortes-draw-2.json), whose draw leaves one target unstaffed.
 */
class VerifierBranchesTest {
    static DrawPlan plan;
    static List<Candidate> candidates;
    static List<PoolInspector> pool;
    static String register;
    static String secret;
    static List<String> digits;

    @BeforeAll
    static void vector() throws Exception {
        JsonNode v = new ObjectMapper().readTree(Files.readAllBytes(Vector2.FILE));
        JsonNode in = v.get("input");
        plan = PlanJson.parse(new ObjectMapper(), in.get("planCanonicalJson").asText(), PlanJson.ItemDepartments.IN_PLAN);
        StringBuilder c = new StringBuilder();
        v.get("expected").get("candidateLines").forEach(l -> c.append(l.asText()).append('\n'));
        candidates = CanonicalLists.parseCandidates(c.toString());
        StringBuilder i = new StringBuilder();
        in.get("inspectorLines").forEach(l -> i.append(l.asText()).append('\n'));
        pool = CanonicalLists.parseInspectors(i.toString());
        register = v.get("expected").get("registerDigest").asText();
        secret = in.get("secret").asText();
        digits = new ArrayList<>();
        in.get("observerDigits").forEach(x -> digits.add(x.asText()));
    }

    /** What a forger sets before everything is recomputed from it. */
    record Forgery(DrawPlan plan, List<Candidate> candidates, List<PoolInspector> pool, List<String> digits,
                   String beacon, String beaconSource, String beaconReference, List<Proof.Observer> observers,
                   String state, List<Proof.Decision> decisions) {
    }

    static Forgery honest() {
        List<Proof.Observer> observers = new ArrayList<>();
        for (String d : digits) {
            observers.add(new Proof.Observer("观察员" + observers.size(), "notary", d));
        }
        return new Forgery(plan, candidates, pool, digits, "517", plan.beacon().source(), plan.beacon().reference(),
                observers, "locked", List.of(new Proof.Decision(6, "620102600000123", "另行指派")));
    }

    /** A proof consistent in itself, then changed by last (which may break what the forger cannot fix). */
    static Verifier.Verdict verify(Forgery f, UnaryOperator<Proof> last, boolean namedFiles) {
        String cd = CanonicalLists.candidatesDigest(f.candidates());
        String id = CanonicalLists.inspectorsDigest(f.pool());
        Protocol.Digests d = new Protocol.Digests(f.plan().digest(), cd, id, register);
        int version = f.plan().version();
        String seed = Protocol.seed(version, d, secret, f.observers().stream().map(Proof.Observer::digits).toList(),
                f.beacon());
        DrawResult r = DrawEngine.draw(f.plan(), f.candidates(), f.pool(), seed);
        Proof p = new Proof(Protocol.name(version), f.plan(), d, Protocol.commitment(version, d, secret), secret,
                f.observers(), f.beacon(), f.beaconSource(), seed, r.stratumSizes(), r.sampleSizes(), r.targets(),
                f.decisions(), f.state(), new Proof.Stated(Sha256.hex(seed), f.plan().strata().stream()
                .map(DrawPlan.Stratum::name).toList(), namedFiles ? cd : null, namedFiles ? id : null,
                f.beaconReference()));
        return Verifier.verify(last.apply(p), new Verifier.Lists(f.candidates(), cd, f.pool(), id));
    }

    static String code(Forgery f) {
        Verifier.Verdict v = verify(f, p -> p, true);
        return v.valid() ? "VALID" : v.code();
    }

    static String code(UnaryOperator<Proof> last) {
        Verifier.Verdict v = verify(honest(), last, true);
        return v.valid() ? "VALID" : v.code();
    }

    static Proof with(Proof p, Proof.Stated stated) {
        return new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(), p.secret(), p.observers(), p.beaconValue(),
                p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(), p.targets(), p.decisions(),
                p.sessionState(), stated);
    }

    static Forgery change(UnaryOperator<Forgery> f) {
        return f.apply(honest());
    }

    @Test
    void theHonestForgery_isValid_soEachChangeBelowIsWhatTheVerdictNames() {
        assertEquals("VALID", code(honest()));
        assertEquals("VALID", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(), f.beacon(),
                f.beaconSource(), f.beaconReference(), f.observers(), "drawn", List.of()))),
                "a drawn session may still lack its decisions");
    }

    @Test
    void lists_unsortedCandidatesOrPool_namedFileDigests() {
        List<Candidate> swapped = new ArrayList<>(candidates);
        swapped.set(0, candidates.get(1));
        swapped.set(1, candidates.get(0));
        assertEquals("unsorted", code(change(f -> new Forgery(f.plan(), swapped, f.pool(), f.digits(), f.beacon(),
                f.beaconSource(), f.beaconReference(), f.observers(), f.state(), f.decisions()))));
        List<PoolInspector> reordered = new ArrayList<>(pool);
        reordered.set(0, pool.get(1));
        reordered.set(1, pool.get(0));
        assertEquals("unsortedPool", code(change(f -> new Forgery(f.plan(), f.candidates(), reordered, f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), f.state(), f.decisions()))));
        assertEquals("candidatesFile", code(p -> with(p, new Proof.Stated(p.stated().seedHash(),
                p.stated().stratumNames(), "0".repeat(64), p.stated().inspectorsFileSha256(), p.stated().beaconReference()))));
        assertEquals("inspectorsFile", code(p -> with(p, new Proof.Stated(p.stated().seedHash(),
                p.stated().stratumNames(), p.stated().candidatesFileSha256(), "0".repeat(64), p.stated().beaconReference()))));
        assertEquals("VALID", verify(honest(), p -> p, false).valid() ? "VALID" : "x", "lists inline name no digest");
    }

    @Test
    void plan_versionDepartmentsAndProtocol() {
        DrawPlan lying = new DrawPlan(plan.name(), plan.sessionDate(), plan.items(), List.of("甘肃省市场监督管理局",
                "另一个部门"), plan.scope(), plan.exclusions(), plan.strata(), plan.membersPerDepartment(),
                plan.avoidSameRegion(), plan.avoidLastInspector(), 2, plan.itemDepartments(), plan.beacon());
        assertEquals("departments", code(change(f -> new Forgery(lying, f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), f.state(), f.decisions()))));
        assertEquals("planVersion", code(p -> new Proof("sortes-draw/1", p.plan(), p.digests(), p.commitment(),
                p.secret(), p.observers(), p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(),
                p.sampleSizes(), p.targets(), p.decisions(), p.sessionState(), p.stated())));
        assertEquals("protocol", code(p -> new Proof("sortes-draw/3", p.plan(), p.digests(), p.commitment(),
                p.secret(), p.observers(), p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(),
                p.sampleSizes(), p.targets(), p.decisions(), p.sessionState(), p.stated())));
    }

    @Test
    void beacon_onlyTheDeclaredOne() {
        DrawPlan none = DrawPlan.of(plan.name(), plan.sessionDate(), plan.itemDepartments(), plan.scope(),
                plan.exclusions(), plan.strata(), plan.membersPerDepartment(), plan.avoidSameRegion(),
                plan.avoidLastInspector(), null);
        assertEquals("beaconUndeclared", code(change(f -> new Forgery(none, f.candidates(), f.pool(), f.digits(),
                "517", "谁都可以", null, f.observers(), f.state(), f.decisions()))));
        assertEquals("VALID", code(change(f -> new Forgery(none, f.candidates(), f.pool(), f.digits(), null, null,
                null, f.observers(), f.state(), f.decisions()))), "no declaration, no beacon: valid");
        assertEquals("beaconMissing", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                null, null, null, f.observers(), f.state(), f.decisions()))));
        assertEquals("beaconSource", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), "另一来源", f.beaconReference(), f.observers(), f.state(), f.decisions()))));
        assertEquals("beaconSource", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), "另一期", f.observers(), f.state(), f.decisions()))));
        for (String value : List.of("五一七", " 517", "517 ", "", "x".repeat(201))) {
            assertEquals("beaconValue", code(p -> new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(),
                    p.secret(), p.observers(), value, p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(),
                    p.targets(), p.decisions(), p.sessionState(), p.stated())),
                    "not as the entry leaves it (printable ASCII, no space at an end, 1 to 200): \"" + value + "\"");
        }
    }

    @Test
    void statedMembers_seedHashNamesObserversState() {
        DrawPlan none = DrawPlan.of(plan.name(), plan.sessionDate(), plan.itemDepartments(), plan.scope(),
                plan.exclusions(), plan.strata(), plan.membersPerDepartment(), plan.avoidSameRegion(),
                plan.avoidLastInspector(), null);
        Verifier.Verdict bare = verify(change(f -> new Forgery(none, f.candidates(), f.pool(), f.digits(), null, null,
                null, f.observers(), f.state(), f.decisions())), p -> with(p, null), true);
        assertEquals("stated", bare.code());
        assertEquals("seedHash", code(p -> with(p, new Proof.Stated("0".repeat(64), p.stated().stratumNames(),
                p.stated().candidatesFileSha256(), p.stated().inspectorsFileSha256(), p.stated().beaconReference()))));
        assertEquals("stratumNames", code(p -> with(p, new Proof.Stated(p.stated().seedHash(), List.of("甲", "乙", "丙"),
                p.stated().candidatesFileSha256(), p.stated().inspectorsFileSha256(), p.stated().beaconReference()))));
        for (Proof.Observer bad : List.of(new Proof.Observer("张", "judge", "1"), new Proof.Observer(" ", "notary", "1"),
                new Proof.Observer(null, "notary", "1"))) {
            List<Proof.Observer> observers = new ArrayList<>(honest().observers());
            observers.set(0, new Proof.Observer(bad.name(), bad.role(), observers.get(0).digits()));
            assertEquals("observer", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                    f.beacon(), f.beaconSource(), f.beaconReference(), observers, f.state(), f.decisions()))));
        }
        assertEquals("state", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(), f.beacon(),
                f.beaconSource(), f.beaconReference(), f.observers(), "planned", f.decisions()))));
        assertEquals("fewDigits", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), List.of(new Proof.Observer("张", "notary",
                "1234567890123456789")), f.state(), f.decisions()))));
        assertEquals("VALID", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(), f.beacon(),
                f.beaconSource(), f.beaconReference(), List.of(new Proof.Observer("张", "notary",
                "12345678901234567890")), "drawn", List.of()))), "twenty digits are enough (another draw: no decision yet)");
    }

    @Test
    void decisions_onlyForUnstaffedTargets_oneEach_allOnceLocked() {
        assertEquals("decisionTarget", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), f.state(), List.of(f.decisions().get(0),
                new Proof.Decision(1, "91620104MA7100004G", "多余"))))));
        assertEquals("decisionTarget", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), f.state(),
                List.of(new Proof.Decision(6, "91620104MA7100004G", "号对不上"))))));
        assertEquals("decisionTwice", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), f.state(),
                List.of(f.decisions().get(0), f.decisions().get(0))))));
        assertEquals("decisionTwice", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), f.state(),
                List.of(new Proof.Decision(6, "620102600000123", " "))))), "an empty decision");
        for (String state : List.of("locked", "voided")) {
            assertEquals("decisionMissing", code(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(),
                    f.digits(), f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), state, List.of()))));
        }
    }

    @Test
    void targets_regionAndCountAndNames() {
        assertEquals("region", code(p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target first = t.get(0);
            t.set(0, new DrawResult.Target(first.rank(), first.id(), first.stratum(), "999999", first.ticket(),
                    first.team(), first.shortfall()));
            return new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(), p.secret(), p.observers(),
                    p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(), t, p.decisions(),
                    p.sessionState(), p.stated());
        }));
        assertEquals("targetCount", code(p -> new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(),
                p.secret(), p.observers(), p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(),
                p.sampleSizes(), p.targets().subList(0, p.targets().size() - 1), List.of(), "drawn", p.stated())));
        Verifier.Verdict team = verify(honest(), p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target first = t.get(0);
            List<DrawResult.Member> members = new ArrayList<>(first.team());
            members.set(0, new DrawResult.Member(members.get(0).certificateNo(), "别人", members.get(0).department()));
            t.set(0, new DrawResult.Target(first.rank(), first.id(), first.stratum(), first.region(), first.ticket(),
                    members, first.shortfall()));
            return new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(), p.secret(), p.observers(),
                    p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(), t, p.decisions(),
                    p.sessionState(), p.stated());
        }, true);
        assertEquals("team", team.code());
        assertTrue(team.firstDifference().contains("别人"), "the names are in the words: " + team.firstDifference());
    }

    static Proof targets(Proof p, List<DrawResult.Target> t) {
        return new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(), p.secret(), p.observers(),
                p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(), t, p.decisions(),
                p.sessionState(), p.stated());
    }

    @Test
    void eachDifference_isNamedByItsOwnCheck_withItsPlace() {
        // digests changed without the forger's help: the first check that sees it names it
        assertEquals("planDigest", code(p -> new Proof(p.protocol(), p.plan(), new Protocol.Digests("0".repeat(64),
                p.digests().candidates(), p.digests().inspectors(), p.digests().register()), p.commitment(), p.secret(),
                p.observers(), p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(),
                p.targets(), p.decisions(), p.sessionState(), p.stated())));
        assertEquals("inspectorsDigest", verify(honest(), p -> new Proof(p.protocol(), p.plan(), new Protocol.Digests(
                p.digests().plan(), p.digests().candidates(), "0".repeat(64), p.digests().register()), p.commitment(),
                p.secret(), p.observers(), p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(),
                p.sampleSizes(), p.targets(), p.decisions(), p.sessionState(), p.stated()), false).code());
        assertEquals("secret", code(p -> new Proof(p.protocol(), p.plan(), p.digests(), p.commitment(), "not hex",
                p.observers(), p.beaconValue(), p.beaconSource(), p.seed(), p.stratumSizes(), p.sampleSizes(),
                p.targets(), p.decisions(), p.sessionState(), p.stated())));
        // a repeated candidate or certificate is as wrong as one out of order, and the line is named
        List<Candidate> repeated = new ArrayList<>(candidates);
        repeated.set(3, candidates.get(2));
        Verifier.Verdict twice = verify(change(f -> new Forgery(f.plan(), repeated, f.pool(), f.digits(), f.beacon(),
                f.beaconSource(), f.beaconReference(), f.observers(), "drawn", List.of())), p -> p, true);
        assertEquals("unsorted", twice.code());
        assertEquals(List.of("4"), twice.args());
        assertTrue(twice.firstDifference().endsWith("at line 4"), twice.firstDifference());
        List<PoolInspector> again = new ArrayList<>(pool);
        again.set(2, pool.get(1));
        Verifier.Verdict poolTwice = verify(change(f -> new Forgery(f.plan(), f.candidates(), again, f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), f.observers(), "drawn", List.of())), p -> p, true);
        assertEquals("unsortedPool", poolTwice.code());
        assertEquals(List.of("3"), poolTwice.args());
        assertTrue(poolTwice.firstDifference().endsWith("at line 3"), poolTwice.firstDifference());
        List<Proof.Observer> observers = new ArrayList<>(honest().observers());
        observers.set(1, new Proof.Observer("李", "mayor", observers.get(1).digits()));
        Verifier.Verdict second = verify(change(f -> new Forgery(f.plan(), f.candidates(), f.pool(), f.digits(),
                f.beacon(), f.beaconSource(), f.beaconReference(), observers, f.state(), f.decisions())), p -> p, true);
        assertEquals(List.of("2", "mayor"), second.args());
        assertTrue(second.firstDifference().startsWith("observer 2:"), second.firstDifference());
        // a candidate in a stratum the plan does not have: the lists themselves are wrong
        List<Candidate> outside = new ArrayList<>(candidates);
        outside.set(0, new Candidate(candidates.get(0).id(), 9, candidates.get(0).region()));
        String cd = CanonicalLists.candidatesDigest(outside);
        String id = CanonicalLists.inspectorsDigest(pool);
        Protocol.Digests d = new Protocol.Digests(plan.digest(), cd, id, register);
        String seed = Protocol.seed(2, d, secret, digits, "517");
        Proof forged = new Proof(Protocol.VERSION_2, plan, d, Protocol.commitment(2, d, secret), secret,
                honest().observers(), "517", plan.beacon().source(), seed, List.of(), List.of(), List.of(), List.of(),
                "drawn", new Proof.Stated(Sha256.hex(seed), plan.strata().stream().map(DrawPlan.Stratum::name).toList(),
                null, null, plan.beacon().reference()));
        assertEquals("lists", Verifier.verify(forged, new Verifier.Lists(outside, cd, pool, id)).code());
    }

    @Test
    void targets_stratumRankStaffingAndAnExtraOne() {
        assertEquals("stratumRank", code(p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target first = t.get(0);
            t.set(0, new DrawResult.Target(first.rank(), first.id(), first.stratum() + 1, first.region(),
                    first.ticket(), first.team(), first.shortfall()));
            return targets(p, t);
        }));
        assertEquals("stratumRank", code(p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target first = t.get(0);
            t.set(0, new DrawResult.Target(7, first.id(), first.stratum(), first.region(), first.ticket(), first.team(),
                    first.shortfall()));
            return targets(p, t);
        }));
        Verifier.Verdict staffing = verify(honest(), p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target last = t.get(t.size() - 1);
            t.set(t.size() - 1, new DrawResult.Target(last.rank(), last.id(), last.stratum(), last.region(),
                    last.ticket(), last.team(), new DrawResult.Shortfall(last.shortfall().department(), 1,
                    last.shortfall().needed())));
            return targets(p, t);
        }, true);
        assertEquals("staffing", staffing.code());
        assertTrue(staffing.firstDifference().contains("short (0 eligible of 1)")
                && staffing.firstDifference().contains("short (1 eligible of 1)"), staffing.firstDifference());
        Verifier.Verdict unstaffedClaimed = verify(honest(), p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target last = t.get(t.size() - 1);
            t.set(t.size() - 1, new DrawResult.Target(last.rank(), last.id(), last.stratum(), last.region(),
                    last.ticket(), last.team(), null));
            return targets(p, t);
        }, true);
        assertEquals("staffing", unstaffedClaimed.code());
        assertTrue(unstaffedClaimed.firstDifference().contains("a full team"), unstaffedClaimed.firstDifference());
        Verifier.Verdict extra = verify(honest(), p -> {
            List<DrawResult.Target> t = new ArrayList<>(p.targets());
            DrawResult.Target first = t.get(0);
            t.add(new DrawResult.Target(t.size() + 1, "99999999999999999X", first.stratum(), first.region(),
                    first.ticket(), first.team(), null));
            return targets(p, t);
        }, true);
        assertEquals("targetCount", extra.code());
        assertEquals(List.of("6", "7"), extra.args());
    }
}
