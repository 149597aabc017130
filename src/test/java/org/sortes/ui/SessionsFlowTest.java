package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.session.ResultService;
import org.sortes.testutil.Sessions;
import org.sortes.testutil.TestEnvironment;
import org.sortes.testutil.TestWorkspace;
import org.sortes.ui.session.SessionsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sessions tab: a locked session shown with its stages; a result refused, then entered. */
@ExtendWith(ApplicationExtension.class)
class SessionsFlowTest {
    @TempDir
    static Path dir;
    static Path workspace;

    @BeforeAll
    static void lockedSession() throws Exception {
        workspace = dir.resolve("sessions.sortes.db");
        try (WorkspaceServices s = Sessions.demoWorkspace(workspace, "王抽签")) {
            Sessions.locked(s.draw(), Sessions.demoPlan());
        }
    }

    @Start
    void start(Stage stage) {
        new MainWindow(stage, new TestEnvironment(workspace), TaskRunner.sameThread()).show();
    }

    @Test
    void lockedSession_resultRefusedWithoutNote_thenEntered(FxRobot robot) {
        robot.clickOn("#tab-sessions");
        Label detail = robot.lookup("#session-detail").queryAs(Label.class);
        assertTrue(detail.getText().contains("已锁定") && detail.getText().contains("锁定时审计链头"), detail.getText());
        assertTrue(detail.getText().contains("已录入 0 个，尚缺 30 个"), detail.getText());
        assertFalse(robot.lookup("#session-minutes").queryAs(Button.class).isDisabled());
        TableView<SessionsViewModel.TargetLine> targets = robot.lookup("#session-targets").queryTableView();
        assertEquals(30, targets.getItems().size());
        // the team is never cut with "…": its cell wraps within the column, whole
        String team = targets.getItems().get(0).team();
        javafx.scene.text.Text shown = robot.lookup("#session-targets").lookup((javafx.scene.text.Text t) -> team.equals(t.getText()))
                .queryAs(javafx.scene.text.Text.class);
        double column = targets.getColumns().get(3).getWidth();
        assertTrue(shown.getLayoutBounds().getWidth() <= column, shown.getLayoutBounds().getWidth() + " > " + column);
        assertTrue(robot.lookup("#session-result").queryAs(Button.class).isDisabled(), "no target chosen yet");
        robot.interact(() -> targets.getSelectionModel().select(0));

        robot.clickOn("#session-result");
        ComboBox<org.sortes.session.ResultOutcome> outcome = robot.lookup("#result-outcome").queryComboBox();
        javafx.scene.control.DatePicker date = robot.lookup("#result-date").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> {
            outcome.setValue(org.sortes.session.ResultOutcome.OTHER);
            date.setValue(java.time.LocalDate.now(TestWorkspace.CLOCK)); // the services' day, not the machine's
        });
        robot.clickOn("保存");
        assertTrue(robot.lookup("检查结果为“其他”时须填写说明").tryQuery().isPresent(), "refused, the dialog stays open");
        TextField note = robot.lookup("#result-note").queryAs(TextField.class);
        robot.interact(() -> note.setText("经营场所正在装修，约定复查"));
        robot.clickOn("保存");

        assertEquals("其他（2026-11-26）", targets.getItems().get(0).result());
        assertTrue(targets.getItems().get(0).hasResult());
        assertTrue(detail.getText().contains("已录入 1 个，尚缺 29 个"), detail.getText());
    }

    @Test
    void preview_showsTheMinutesPages_pagesWithTheKeyboard_switchesDocuments(FxRobot robot) throws Exception {
        robot.clickOn("#tab-sessions");
        robot.clickOn("#session-preview");
        javafx.scene.image.ImageView image = robot.lookup("#preview-image").queryAs(javafx.scene.image.ImageView.class);
        Label page = robot.lookup("#preview-page").queryAs(Label.class);
        assertTrue(image.getImage() != null && image.getImage().getWidth() > 700, "the first page is shown");
        assertTrue(page.getText().startsWith("第 1 页 / 共 "), page.getText());
        assertTrue(robot.lookup("#preview-kind-minutes").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "a locked session opens on its minutes");
        robot.clickOn("#preview-image").type(javafx.scene.input.KeyCode.PAGE_DOWN);
        assertTrue(page.getText().startsWith("第 2 页"), page.getText());
        javafx.stage.Window window = image.getScene().getWindow();
        java.nio.file.Path shots = java.nio.file.Path.of("target/screenshots");
        java.nio.file.Files.createDirectories(shots);
        javafx.scene.image.WritableImage[] shot = {null};
        robot.interact(() -> shot[0] = image.getScene().snapshot(null));
        CeremonyFlowTest.DisplayPage.write(shot[0], shots.resolve("preview-minutes.png"));

        robot.clickOn("#preview-kind-letters");
        assertTrue(page.getText().startsWith("第 1 页 / 共 "), "another document starts at its first page");
        Label message = robot.lookup("#preview-message").queryAs(Label.class);
        assertTrue(message.getText().contains("检查通知书"), message.getText());
        robot.clickOn("#preview-close");
        assertFalse(window.isShowing());
    }
}
