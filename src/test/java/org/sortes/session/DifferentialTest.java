package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * Sortes and the reference verifier written from docs/protocol.md alone, on sessions Sortes holds
 * with plans made at random (joint checks, every scope list, exclusions and their windows, strata of
 * every rule, ratios and counts from 0 to all, teams of one to three per department, both avoidance
 * rules, session dates a year either side, a void among them): the reference must find each proof
 * VALID and, from the register Sortes froze, the same candidates line for line. A rule the text leaves
 * to a guess shows here as a proof the two read differently. (The test's plans come from
 * java.util.Random with a fixed seed: the draw itself never uses it.)
 */
class DifferentialTest {
    static final String[] ITEMS = {"SJ-001", "SJ-002", "SJ-003", "SJ-004", "SJ-005", "HJ-001", "YJ-001", "WJ-001"};
    static final String[] PREFIXES = {"62", "6201", "620102", "6203", "6204"};
    static final String[] TYPES = {"个体工商户", "有限责任公司", "农民专业合作社", "有限责任公司分公司", "股份有限公司"};
    static final String[] INDUSTRIES = {"批发和零售业", "住宿和餐饮业", "制造业", "建筑业", "交通运输、仓储和邮政业"};
    static final String[] TAGS = {"食品经营", "食品生产", "药品经营", "危险化学品", "工业产品生产许可", "重点监管"};
    static final String[] STATUSES = {"注销", "吊销", "迁出", "停业"};
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SESSIONS = 11;

    @TempDir
    Path dir;

    @Test
    void sessionsOfRandomPlans_areValidForTheReference_withTheRegisterSortesFroze() throws Exception {
        Random random = new Random(20261128);
        List<String> refused = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        int verified = 0;
        int targets = 0;
        int shortfalls = 0;
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "抽签员")) {
            DrawService draw = s.draw();
            for (int i = 1; i <= SESSIONS; i++) {
                String plan = plan(random, i);
                long id;
                try {
                    id = draw.createPlan(plan);
                } catch (RuntimeException e) {
                    refused.add(i + ": " + e.getMessage() + " " + plan);
                    continue;
                }
                draw.freeze(id);
                String secret = Sessions.commit(draw, id);
                draw.addObserver(id, "张公证", org.sortes.session.ObserverRole.NOTARY, "3141592653");
                draw.addObserver(id, "李记者", org.sortes.session.ObserverRole.MEDIA, String.valueOf(1000000000L + random.nextInt(999999999)));
                if (draw.session(id).declaredBeacon().isPresent()) {
                    draw.setBeacon(id, String.valueOf(random.nextInt(1000)));
                }
                draw.reveal(id, secret);
                List<DrawnTarget> drawn = draw.draw(id);
                for (DrawnTarget t : drawn) {
                    if (t.shortfall() != null) {
                        draw.decide(id, t.rank(), "另行指派");
                        shortfalls++;
                    }
                }
                targets += drawn.size();
                draw.lock(id);
                if (i == 3) {
                    draw.voidSession(id, "演示作废"); // later sessions' drawnWithinDays must pass over it
                }
                Path proof = dir.resolve("p" + id + ".json");
                Path register = dir.resolve("r" + id + ".tsv");
                draw.exportProof(id, proof, false, Progress.NONE);
                draw.exportRegister(id, register, Progress.NONE);
                assertTrue(ProofVerification.checkWithRegister(proof, List.of(), register).valid(), "Sortes: " + plan);
                Process p = new ProcessBuilder("python3", "docs/reference/sortes_verify.py", proof.toString(),
                        "--register", register.toString()).redirectErrorStream(true).start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0) {
                    disagree.add("session " + id + ": " + said + "\n  plan " + plan);
                }
                verified++;
            }
        }
        System.out.printf("differential: %d sessions verified by the reference, %d targets, %d not staffed, %d plans"
                + " refused%n", verified, targets, shortfalls, refused.size());
        assertEquals(List.of(), disagree, "the reference reads these sessions otherwise");
        assertTrue(targets > 50 && shortfalls > 0, "the plans draw something, and some targets lack a team: " + targets
                + ", " + shortfalls);
        assertTrue(verified >= 8, "enough sessions drawn: " + verified + "; refused: " + refused);
    }

    private static String plan(Random r, int i) {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", "差分检验第" + i + "场");
        p.put("sessionDate", java.time.LocalDate.of(2026, 11, 26).plusDays(r.nextInt(731) - 365).toString());
        ArrayNode items = p.putArray("items");
        some(r, ITEMS, 1, 3).forEach(items::add);
        ObjectNode scope = p.putObject("scope");
        some(r, PREFIXES, 0, 2).forEach(scope.withArray("regionPrefixes")::add);
        some(r, TYPES, 0, 2).forEach(scope.withArray("subjectTypes")::add);
        some(r, INDUSTRIES, 0, 2).forEach(scope.withArray("industries")::add);
        some(r, TAGS, 0, 2).forEach(scope.withArray("tags")::add);
        ObjectNode ex = p.putObject("exclusions");
        some(r, STATUSES, 0, 3).forEach(ex.withArray("registrationStatuses")::add);
        ex.put("inspectedWithinDays", new int[] {0, 30, 180, 365}[r.nextInt(4)]);
        ex.put("drawnWithinDays", new int[] {0, 1, 90, 365}[r.nextInt(4)]);
        if (r.nextBoolean()) {
            p.putObject("beacon").put("source", "中国福利彩票福彩3D").put("reference", "当期开奖号码");
        }
        ArrayNode strata = p.putArray("strata");
        if (i == SESSIONS) { // a stratum that surely draws: every subject, three of them
            strata.addObject().put("name", "全部").put("count", 3).putObject("rule");
            p.putObject("scope");
            p.putObject("exclusions");
        }
        int n = i == SESSIONS ? 0 : 1 + r.nextInt(5);
        for (int k = 1; k <= n; k++) {
            ObjectNode st = strata.addObject();
            st.put("name", "第" + k + "层");
            ObjectNode rule = st.putObject("rule");
            if (r.nextInt(4) == 0) {
                rule.put("seriousViolation", r.nextBoolean());
            }
            if (r.nextInt(4) == 0) {
                rule.put("abnormal", r.nextBoolean());
            }
            if (r.nextInt(4) == 0) {
                rule.put("minComplaints", r.nextInt(6));
            }
            if (r.nextInt(3) == 0) {
                rule.put("riskClass", new String[] {"A", "B", "C", "D", "NONE"}[r.nextInt(5)]);
            }
            if (r.nextBoolean()) {
                st.put("ratioBasisPoints", new int[] {0, 1, 250, 3333, 5000, 10000}[r.nextInt(6)]);
            } else {
                st.put("count", r.nextInt(25));
            }
            if (r.nextInt(4) == 0) {
                st.put("audienceName", "甲乙丙丁戊".charAt(k - 1) + "组");
            }
        }
        int members = 1 + r.nextInt(3);
        // the last asks for more inspectors than a department has: its targets are not staffed
        p.put("membersPerDepartment", i == SESSIONS ? 40 : members);
        p.put("avoidSameRegion", r.nextBoolean());
        p.put("avoidLastInspector", r.nextBoolean());
        return p.toString();
    }

    private static List<String> some(Random r, String[] from, int least, int most) {
        List<String> all = new ArrayList<>(List.of(from));
        java.util.Collections.shuffle(all, r);
        return all.subList(0, least + r.nextInt(most - least + 1));
    }
}
