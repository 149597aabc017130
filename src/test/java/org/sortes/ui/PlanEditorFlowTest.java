package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.session.PlanEditorView;
import org.sortes.ui.session.PlanEditorViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plan editor's window on the demo workspace: a plan copied from a session, previewed. */
@ExtendWith(ApplicationExtension.class)
class PlanEditorFlowTest {
    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static PlanEditorViewModel model;
    static Stage window;

    @Start
    void start(Stage stage) {
        services = Sessions.demoWorkspace(dir.resolve("editor.sortes.db"), "王抽签");
        long id = services.draw().createPlan(Sessions.demoPlan());
        model = new PlanEditorViewModel(services.draw(), services.directory(), new ScriptedDialogs(),
                TaskRunner.sameThread(), new I18n(I18n.CHINESE), LocalDate.of(2026, 11, 26));
        PlanEditorView view = new PlanEditorView(model, new I18n(I18n.CHINESE));
        Scene scene = new Scene((Parent) view.node(), 1240, 820);
        scene.getStylesheets().add(PlanEditorFlowTest.class.getResource("/org/sortes/ui/sortes.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window = stage;
        model.load();
        model.copyFrom(id);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void copiedPlan_isPreviewed_withItsStrataAndWarnings(FxRobot robot) throws Exception {
        Label preview = robot.lookup("#editor-preview").queryAs(Label.class);
        assertTrue(preview.getText().contains("甘肃省市场监督管理局") && preview.getText().contains("未分类"),
                preview.getText());
        Files.createDirectories(CeremonyFlowTest.SHOTS);
        WritableImage[] image = {null};
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
        CeremonyFlowTest.DisplayPage.write(image[0], CeremonyFlowTest.SHOTS.resolve("plan-editor.png"));
    }
}
