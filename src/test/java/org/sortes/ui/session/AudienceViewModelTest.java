package org.sortes.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.AudienceSnapshot;
import org.sortes.session.DrawSession;
import org.sortes.session.ObserverRole;
import org.sortes.testutil.Sessions;
import org.sortes.ui.session.AudienceViewModel.Kind;
import org.sortes.ui.session.AudienceViewModel.Line;
import org.sortes.ui.session.AudienceViewModel.Screen;

/**
 * What the projector says at each stage of one session, line by line: the heading, every digest and
 * digit in groups to compare, the check of the commitment, the targets as the officer reveals them,
 * and the final summary. Each value is the session's own; the flow tests check how it is drawn.
 */
class AudienceViewModelTest {
    private static final I18n ZH = new I18n(I18n.CHINESE);

    @TempDir
    Path dir;

    private static Screen screen(WorkspaceServices services, long id, int shown) {
        AudienceViewModel model = new AudienceViewModel(new javafx.beans.property.SimpleObjectProperty<>(),
                new javafx.beans.property.SimpleIntegerProperty(), ZH);
        return model.screen(services.audience().snapshot(id), shown);
    }

    private static Line line(String label, String value, Kind kind) {
        return new Line(ZH.get(label), value, kind);
    }

    @Test
    void eachStage_saysItsHeading_andTheFactsTheHallCompares_inGroupsOfFour() throws Exception {
        try (WorkspaceServices services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签")) {
            var draw = services.draw();
            long id = draw.createPlan(Sessions.demoPlan());
            Screen planned = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.planned"), planned.heading());
            assertEquals(List.of(), planned.lines());
            assertEquals("甘肃省市场监督管理局　2026年11月26日　" + ZH.get("audience.session", id), planned.subtitle());
            assertFalse(planned.rehearsal());

            draw.freeze(id);
            DrawSession s = draw.session(id);
            Screen frozen = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.frozen"), frozen.heading());
            long toDraw = 30; // the demo plan's eight strata, as their counts and candidates allow
            assertEquals(List.of(
                    line("audience.planDigest", s.planDigest().grouped(), Kind.CODE),
                    line("audience.candidatesDigest", s.frozen().candidatesDigest().grouped(), Kind.CODE),
                    line("audience.inspectorsDigest", s.frozen().inspectorsDigest().grouped(), Kind.CODE),
                    line("audience.registerDigest", s.frozen().registerDigest().grouped(), Kind.CODE),
                    new Line(ZH.get("audience.population"), ZH.get("audience.populationValue", s.frozen().candidates(),
                            toDraw), Kind.TEXT)), frozen.lines());

            String secret = Sessions.commit(draw, id);
            s = draw.session(id);
            Screen committed = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.committed"), committed.heading());
            Line commitment = line("audience.commitment", s.commitment().grouped(), Kind.CODE);
            Line declared = new Line(ZH.get("audience.beacon"), "中国福利彩票福彩3D　2026年11月26日当期开奖号码（三位数字，按开奖顺序）",
                    Kind.TEXT);
            assertEquals(List.of(commitment, new Line(ZH.get("audience.stillNeeded"), ZH.get("audience.digits", 20), Kind.TEXT),
                    declared), committed.lines());

            draw.addObserver(id, "张公证", ObserverRole.NOTARY, "3141592653");
            Screen entropy = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.entropy"), entropy.heading());
            assertEquals(List.of(commitment, new Line(ZH.get("role.notary") + "　张公证", "3141 5926 53", Kind.CODE),
                    new Line(ZH.get("audience.stillNeeded"), ZH.get("audience.digits", 10), Kind.TEXT), declared),
                    entropy.lines());
            draw.addObserver(id, "李代表", ObserverRole.NPC_DEPUTY, "市人大", "当众掷十面骰子", "2718281828");
            draw.setBeacon(id, "517");
            Screen enough = screen(services, id, 0);
            assertEquals(List.of(commitment, new Line(ZH.get("role.notary") + "　张公证", "3141 5926 53", Kind.CODE),
                    new Line(ZH.get("role.npc_deputy") + "　李代表（市人大）", "2718 2818 28", Kind.CODE), declared,
                    line("audience.beaconValue", "517", Kind.CODE)), enough.lines());

            draw.reveal(id, secret);
            Screen revealed = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.revealed"), revealed.heading());
            assertEquals(List.of(commitment, line("audience.secret", new org.sortes.session.Digest(secret).grouped(), Kind.CODE),
                    line("audience.check", ZH.get("audience.check.passed"), Kind.PASSED)), revealed.lines());

            draw.draw(id);
            s = draw.session(id);
            Screen first = screen(services, id, 1);
            assertEquals(ZH.get("audience.heading.drawing", 1, 30), first.heading());
            assertEquals(1, first.targets().size());
            assertEquals(30, first.totalTargets());
            assertEquals(List.of(line("audience.seedHash", s.seedHash().grouped(), Kind.CODE)), first.lines());
            assertEquals(List.of(), first.summary(), "no summary while targets are still being revealed");
            Screen ten = screen(services, id, 10);
            assertEquals(ZH.get("audience.heading.drawing", 10, 30), ten.heading());
            assertEquals(draw.targets(id).get(9).subjectId(), ten.targets().get(9).subjectId(), "in rank order");

            Screen all = screen(services, id, 30);
            assertEquals(ZH.get("audience.heading.result", 30), all.heading());
            assertEquals(30, all.targets().size());
            List<Line> summary = all.summary();
            var strata = org.sortes.session.ProofJson.mapper().readTree(s.planJson()).get("strata");
            for (int i = 0; i < strata.size(); i++) {
                int stratum = i;
                long drawn = draw.targets(id).stream().filter(t -> t.stratum() == stratum).count();
                assertEquals(new Line(strata.get(i).get("name").asText(), ZH.get("audience.stratumValue", drawn,
                        s.frozen().stratumSizes().get(i)), Kind.TEXT), summary.get(i));
            }
            draw.lock(id);
            Screen locked = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.result", 30), locked.heading(), "locked: the result, whatever was paced");
            assertEquals(line("audience.proofSha256", draw.proofDigest(id).grouped(), Kind.CODE),
                    locked.summary().get(locked.summary().size() - 1), "the proof's digest closes the summary");
            assertFalse(locked.qr().isEmpty(), "the code to scan");

            draw.voidSession(id, "抽查事项有误");
            assertEquals(ZH.get("audience.heading.voided"), screen(services, id, 30).heading());
        }
    }

    @Test
    void anAbortedSession_saysSo_andShowsNothingElse() throws Exception {
        try (WorkspaceServices services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签")) {
            var draw = services.draw();
            long id = draw.createPlan(Sessions.demoPlan());
            draw.freeze(id);
            draw.abort(id, "停电");
            Screen aborted = screen(services, id, 0);
            assertEquals(ZH.get("audience.heading.aborted"), aborted.heading());
            assertTrue(aborted.lines().isEmpty());
            // the next session with the same items names it to the hall once its lists are frozen: no quiet redraw
            long next = draw.createPlan(Sessions.demoPlan());
            draw.freeze(next);
            List<Line> lines = screen(services, next, 0).lines();
            Line earlier = lines.get(lines.size() - 1);
            assertEquals(ZH.get("audience.earlier", id), earlier.label());
            assertTrue(earlier.value().endsWith("：停电"), earlier.value());
        }
    }
}
