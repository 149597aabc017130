package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.DirectoryRecord;
import org.sortes.testutil.TestEnvironment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Add, edit (with a refused value first) and retire through the console's buttons and forms. */
@ExtendWith(ApplicationExtension.class)
class EditFlowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        new MainWindow(stage, new TestEnvironment(dir.resolve("edit.sortes.db")), TaskRunner.sameThread()).show();
    }

    private static Button dialogButton(FxRobot robot, ButtonType type) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        // the confirmations carry the application's own 确定/取消: find the button by its role
        ButtonType same = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == type.getButtonData())
                .findFirst().orElse(type);
        return (Button) pane.lookupButton(same);
    }

    @Test
    void editRefusedThenSaved_thenRetired(FxRobot robot) {
        robot.clickOn("#welcome-demo");
        robot.clickOn("#tab-items");
        TableView<DirectoryRecord> items = robot.lookup("#table-items").queryTableView();
        Label count = robot.lookup("#count-items").queryAs(Label.class);
        assertEquals("共 8 条", count.getText());
        robot.interact(() -> items.getSelectionModel().select(0));
        String key = items.getSelectionModel().getSelectedItem().key();

        robot.clickOn("#edit-items");
        TextField remarks = robot.lookup("#form-remarks").queryAs(TextField.class);
        TextField basis = robot.lookup("#form-legal_basis").queryAs(TextField.class);
        robot.interact(() -> basis.setText(""));
        robot.clickOn(dialogButton(robot, ButtonType.OK));
        Label errors = robot.lookup("#form-errors").queryAs(Label.class);
        assertTrue(errors.getText().contains("抽查依据"), errors.getText()); // refused, the form stays open
        robot.interact(() -> {
            basis.setText("《企业信息公示暂行条例》第十四条");
            remarks.setText("2026 年起每季度抽查");
        });
        robot.clickOn(dialogButton(robot, ButtonType.OK));
        DirectoryRecord edited = items.getItems().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        assertEquals("2026 年起每季度抽查", edited.get("remarks"));

        robot.interact(() -> items.getSelectionModel().select(edited));
        robot.clickOn("#retire-items");
        robot.clickOn(dialogButton(robot, ButtonType.OK));
        assertEquals("共 7 条", count.getText());
        Node retiredBox = robot.lookup("#retired-items").query();
        robot.clickOn(retiredBox);
        assertTrue(items.getItems().stream().anyMatch(r -> r.key().equals(key) && r.retired()));
    }
}
