package org.sortes.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.PlanDraft;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.TaskRunner;

/** The plan editor without windows: items, strata, the preview, and the plan file round trip. */
class PlanEditorViewModelTest {
    @TempDir
    Path dir;
    WorkspaceServices services;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    PlanEditorViewModel model;

    @BeforeEach
    void open() {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
        model = new PlanEditorViewModel(services.draw(), services.directory(), dialogs, TaskRunner.sameThread(),
                new I18n(I18n.CHINESE), LocalDate.of(2026, 11, 26));
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void choices_previewLive_warnings_andAPlanFileThatPlanCreateReads() throws Exception {
        assertEquals(8, model.items().size());
        model.nameProperty().set("编辑器方案");
        model.items().stream().filter(i -> i.code().equals("SJ-002")).findFirst().orElseThrow().chosenProperty().set(true);
        model.strata().get(0).amount.set("5");
        model.addStratum();
        PlanEditorViewModel.StratumRow d = model.strata().get(1);
        d.riskClass.set("D");
        d.byCount.set(false);
        d.amount.set("12.5");
        // strata are taken in order: the first ("all") takes everyone, so the D stratum is empty
        model.preview();
        assertTrue(model.previewTextProperty().get().contains("将不抽取任何对象"), model.previewTextProperty().get());
        assertEquals(2, model.previewProperty().get().strata().size());
        assertEquals(5, model.previewProperty().get().sampleSizes().get(0));
        int all = model.previewProperty().get().stratumSizes().get(0);
        assertTrue(model.previewTextProperty().get().startsWith("　全部：候选 " + all + " 户，抽取 5 户\n　第 2 层：候选 0 户，抽取 0 户\n"),
                "each stratum's figures in words, not only in the chart: " + model.previewTextProperty().get());

        PlanDraft draft = model.draft();
        assertEquals(1250, draft.strata().get(1).ratioBasisPoints(), "12.5 % in basis points, from integers");
        long id = services.draw().createPlan(draft.toJson());
        assertEquals("编辑器方案", services.draw().session(id).name(), "the file plan create reads");

        Path saved = dir.resolve("saved.json");
        dialogs.files.add(saved);
        model.save();
        assertEquals(draft.toJson(), Files.readString(saved));
        model.nameProperty().set("改过");
        dialogs.files.add(saved);
        model.open();
        assertEquals("编辑器方案", model.nameProperty().get());
        assertEquals("12.5", model.strata().get(1).amount.get());
        assertFalse(model.strata().get(1).byCount.get());
    }

    @Test
    void badAmount_refusedInWords_nothingPreviewed() {
        model.strata().get(0).amount.set("3.5"); // a count must be whole
        model.preview();
        assertTrue(model.errorProperty().get().contains("不是非负整数"), model.errorProperty().get());
        model.strata().get(0).byCount.set(false);
        model.strata().get(0).amount.set("101");
        model.preview();
        assertTrue(model.errorProperty().get().contains("百分比"), model.errorProperty().get());
        model.strata().get(0).amount.set("100.01");
        model.preview();
        assertTrue(model.errorProperty().get().contains("百分比"), "over a hundred by a hundredth: " + model.errorProperty().get());
        assertFalse(model.busyProperty().get(), "the editor is usable again after a refusal");
        model.strata().get(0).amount.set("100");
        model.preview();
        assertFalse(model.errorProperty().get().contains("百分比"), "a hundred per cent is a percentage: "
                + model.errorProperty().get());
    }

    @Test
    void aControlCharacterInAnyTextField_isRefusedWithTheFieldsLabel() {
        model.items().stream().filter(i -> i.code().equals("SJ-002")).findFirst().orElseThrow().chosenProperty().set(true);
        model.strata().get(0).amount.set("5");
        model.nameProperty().set("十一月抽查");
        for (var field : java.util.List.of(model.tagsProperty(), model.regionPrefixesProperty(),
                model.subjectTypesProperty(), model.industriesProperty(), model.statusesProperty())) {
            String before = field.get();
            field.set("甲\u0007乙");
            model.preview();
            assertFalse(model.errorProperty().get().isEmpty(), "a bell character in a field is refused");
            field.set(before);
            model.preview();
            assertEquals("", model.errorProperty().get(), "and the form is accepted once mended");
        }
    }

    @Test
    void namesTheDocumentsCannotPrint_orStrataOfOneName_refusedInTheEditorsWords_noPlanSent() {
        java.util.List<String> created = new java.util.ArrayList<>();
        model.onCreate((json, rehearsal) -> created.add(json));
        model.items().stream().filter(i -> i.code().equals("SJ-002")).findFirst().orElseThrow().chosenProperty().set(true);
        model.strata().get(0).amount.set("5");
        model.addStratum();
        model.strata().get(1).amount.set("3");
        java.util.function.Supplier<String> error = () -> model.errorProperty().get();

        model.nameProperty().set("抽".repeat(101));
        model.create(false);
        assertEquals("场次名称有 101 个字，超过 100 个字的上限（名称印在每份文书的标题上，也显示在大屏上）", error.get());
        model.nameProperty().set("抽".repeat(100));

        model.strata().get(1).name.set(model.strata().get(0).name.get());
        model.create(false);
        assertTrue(error.get().startsWith("第 2 层与第 1 层同名"), error.get());
        model.strata().get(1).name.set("层".repeat(31));
        model.create(false);
        assertEquals("第 2 层的名称或大屏显示名称超过 30 个字的上限", error.get());
        model.strata().get(1).name.set("  ");
        model.create(false);
        assertEquals("第 2 层没有名称", error.get());
        model.strata().get(1).name.set("第二层");
        model.strata().get(0).audienceName.set("甲层");
        model.strata().get(1).audienceName.set("甲层");
        model.create(false);
        assertTrue(error.get().startsWith("第 2 层与第 1 层同名"), "display names too: " + error.get());
        model.strata().get(1).audienceName.set("乙层");

        model.tagsProperty().set("食品、" + "标".repeat(101));
        model.create(false);
        assertTrue(error.get().startsWith("“标标标标标标标标标标……”超过 100 个字的上限"), error.get());
        model.tagsProperty().set("");
        model.beaconSourceProperty().set("源".repeat(201));
        model.beaconReferenceProperty().set("当期开奖号码");
        model.create(false);
        assertEquals("公共信标的来源或所用数值超过 200 个字的上限", error.get());
        assertTrue(created.isEmpty(), "nothing was sent");
        assertFalse(error.get().matches(".*[A-Za-z].*"), "no English word: " + error.get());

        model.beaconSourceProperty().set("福彩3D");
        model.beaconReferenceProperty().set("");
        model.create(false);
        assertEquals("公共信标须同时写明来源和所用数值，或两者都不填（不使用信标）", error.get());
        model.beaconSourceProperty().set("");
        model.membersProperty().set(1); // one department (SJ-002's) sending one: a team of one
        model.preview();
        assertEquals("每个检查组至少两人：只有一个部门参加时，每个部门派出的人数须至少为 2", error.get());
        model.membersProperty().set(2);
        model.create(false);
        assertEquals(1, created.size(), "the plan once mended: " + error.get());
    }

    @Test
    void aPlanNotYetWhole_isSaidWithTheFormsLabels_andThePreviewNeedsNoName() {
        java.util.List<String> created = new java.util.ArrayList<>();
        model.onCreate((json, rehearsal) -> created.add(json));
        java.util.function.Supplier<String> error = () -> model.errorProperty().get();
        // the editor as it opens: no name, no item ticked (the plan file's words would be "name", "items")
        model.preview();
        assertEquals("请至少勾选一个抽查事项", error.get());
        model.items().stream().filter(i -> i.code().equals("SJ-002")).findFirst().orElseThrow().chosenProperty().set(true);
        model.preview();
        assertEquals("", error.get(), "a preview without a name yet");
        assertTrue(model.previewProperty().get().stratumSizes().get(0) > 0);
        model.create(false);
        assertEquals("请填写方案名称（名称印在每份文书的标题上，也显示在大屏上）", error.get());
        model.nameProperty().set("　 ");
        model.save();
        assertEquals("请填写方案名称（名称印在每份文书的标题上，也显示在大屏上）", error.get());
        model.nameProperty().set("十一月抽查");

        model.nameProperty().set("十一月\t抽查");
        model.create(false);
        assertEquals("“方案名称”中含有控制字符（如制表符、换行），请删去后再试", error.get());
        model.nameProperty().set("十一月抽查");
        model.industriesProperty().set("批发\n零售");
        model.preview();
        assertEquals("“行业”中含有控制字符（如制表符、换行），请删去后再试", error.get());
        model.industriesProperty().set("");
        model.strata().get(0).audienceName.set("第一\u2028层");
        model.create(false);
        assertEquals("第 1 层的名称或大屏显示名称中含有控制字符（如制表符、换行），请删去后再试", error.get());
        model.strata().get(0).audienceName.set("");

        model.sessionDateProperty().set(null);
        model.create(false);
        assertEquals("请选择抽签日期", error.get());
        model.sessionDateProperty().set(LocalDate.of(2026, 11, 26));
        model.removeStratum(model.strata().get(0));
        assertEquals(1, model.strata().size(), "the last stratum stays");
        assertTrue(created.isEmpty(), "nothing was sent");
        model.create(false);
        assertEquals(1, created.size(), "the plan once whole: " + error.get());
        assertTrue(created.get(0).contains("十一月抽查"));
    }

    @Test
    void copyFromAnEarlierSession_startsFromItsPlan() throws Exception {
        long id = services.draw().createPlan(Sessions.demoPlan());
        model.copyFrom(id);
        assertEquals("2026年第四季度市场监管领域双随机抽查（演示）", model.nameProperty().get());
        assertEquals(8, model.strata().size());
        assertEquals("中国福利彩票福彩3D", model.beaconSourceProperty().get());
        assertEquals(365, model.drawnWithinDaysProperty().get());
        assertTrue(model.items().stream().filter(i -> i.chosenProperty().get()).count() == 2);
    }

    @Test
    void create_sendsThePlanAsEdited_orSaysWhyNot() {
        java.util.List<String> created = new java.util.ArrayList<>();
        model.onCreate((json, rehearsal) -> created.add((rehearsal ? "rehearsal " : "session ") + json));
        model.nameProperty().set("编辑器方案");
        model.strata().get(0).amount.set("五户");
        model.create(false);
        assertTrue(created.isEmpty(), "a plan whose numbers are not numbers is not sent");
        assertFalse(model.errorProperty().get().isEmpty());
        model.strata().get(0).amount.set("5");
        model.items().stream().filter(i -> i.code().equals("SJ-002")).findFirst().orElseThrow().chosenProperty().set(true);
        model.create(true);
        assertEquals(1, created.size());
        assertTrue(created.get(0).startsWith("rehearsal ") && created.get(0).contains("编辑器方案"), created.get(0));
    }
}
