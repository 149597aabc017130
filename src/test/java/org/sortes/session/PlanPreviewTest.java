package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/** The plan editor's live preview says what the freeze will give, and warns where the officer should look. */
class PlanPreviewTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String changed(String plan, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(plan);
        change.accept(node);
        return JSON.writeValueAsString(node);
    }

    private static List<String> keys(PlanPreview p) {
        return p.warnings().stream().map(PlanPreview.Warning::key).toList();
    }

    @Test
    void preview_givesWhatTheFreezeGives() {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "测试员")) {
            String plan = Sessions.demoPlan();
            PlanPreview preview = s.draw().preview(plan, Progress.NONE);
            FreezeReport frozen = s.draw().freeze(s.draw().createPlan(plan));
            assertEquals(frozen.strata(), preview.strata());
            assertEquals(frozen.stratumSizes(), preview.stratumSizes());
            assertEquals(frozen.sampleSizes(), preview.sampleSizes());
            assertEquals(frozen.excluded(), preview.excluded());
            PlanPreview.Department department = preview.pool().get(0);
            assertEquals(List.of("甘肃省市场监督管理局"), preview.departments());
            assertEquals(frozen.qualified(), department.qualified());
            assertEquals(2, department.perTarget());
            assertTrue(department.expiring() > 0 && department.expiring() <= frozen.pool() - frozen.qualified(),
                    "the demo has certificates that end before the session: " + department);
            // the demo plan's last stratum has no candidate; its certificates ending early are named
            assertEquals(List.of(new PlanPreview.Warning("preview.warning.emptyStratum", List.of("未分类", "0")),
                    new PlanPreview.Warning("preview.warning.expiring", List.of("甘肃省市场监督管理局",
                            String.valueOf(department.expiring()), "2026-11-26"))), preview.warnings());
        }
    }

    @Test
    void warnings_anotherDay_tooFewInspectorsAtTheirBoundary() throws Exception {
        try (WorkspaceServices s = Sessions.demoWorkspace(dir.resolve("w.db"), "测试员")) {
            String plan = Sessions.demoPlan();
            PlanPreview later = s.draw().preview(changed(plan, n -> n.put("sessionDate", "2026-12-01")), Progress.NONE);
            assertTrue(later.warnings().contains(new PlanPreview.Warning("preview.warning.date",
                    List.of("2026-12-01", "2026-11-26"))), later.warnings().toString());

            int qualified = s.draw().preview(plan, Progress.NONE).pool().get(0).qualified();
            int targets = 30;
            // each inspector may go to four targets at the most: the warning starts where that no longer holds
            int most = qualified * 4 / targets;
            PlanPreview enough = s.draw().preview(changed(plan, n -> n.put("membersPerDepartment", most)),
                    Progress.NONE);
            assertTrue(!keys(enough).contains("preview.warning.fewInspectors"), most + " a team: " + enough.warnings());
            PlanPreview tooMany = s.draw().preview(changed(plan, n -> n.put("membersPerDepartment", most + 1)),
                    Progress.NONE);
            assertTrue(tooMany.warnings().contains(new PlanPreview.Warning("preview.warning.fewInspectors",
                    List.of("甘肃省市场监督管理局", String.valueOf(qualified), String.valueOf(targets * (most + 1))))),
                    tooMany.warnings().toString());
            assertEquals(targets, s.draw().preview(plan, Progress.NONE).sampleSizes().stream()
                    .mapToInt(Integer::intValue).sum());
        }
    }
}
