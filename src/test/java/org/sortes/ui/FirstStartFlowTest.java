package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.DirectoryRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** First start as a newcomer meets it: no workspace → demo → the subjects table → a filter. */
@ExtendWith(ApplicationExtension.class)
class FirstStartFlowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        Path workspace = dir.resolve("first.sortes.db");
        AppEnvironment env = new org.sortes.testutil.TestEnvironment(workspace);
        new MainWindow(stage, env, TaskRunner.sameThread()).show();
    }

    @Test
    void firstStart_demo_tableShowsRows_filterNarrowsThem(FxRobot robot) {
        assertFalse(Files.exists(dir.resolve("first.sortes.db")));
        robot.clickOn("#welcome-demo");

        TableView<DirectoryRecord> table = robot.lookup("#table-subjects").queryTableView();
        assertEquals(200, table.getItems().size()); // the first page
        Label count = robot.lookup("#count-subjects").queryAs(Label.class);
        assertEquals("共 3,000 条", count.getText());
        assertTrue(Files.exists(dir.resolve("first.sortes.db")));

        ComboBox<String> risk = robot.lookup("#filter-subjects-risk_class").queryComboBox();
        robot.clickOn(risk);
        robot.clickOn("D");
        assertEquals("D", risk.getValue());
        assertTrue(table.getItems().stream().allMatch(r -> "D".equals(r.get("risk_class"))));
        long dCount = Long.parseLong(count.getText().replaceAll("[^0-9]", ""));
        assertTrue(dCount > 50 && dCount < 500, count.getText());

        robot.clickOn("#search-subjects").write("92");
        assertTrue(table.getItems().stream().allMatch(r -> r.key().contains("92") || r.get("name").contains("92")));
        assertTrue(Long.parseLong(count.getText().replaceAll("[^0-9]", "")) < dCount);

        robot.clickOn(table.getItems().isEmpty() ? "#count-subjects" : ".table-row-cell");
        robot.clickOn("#tab-inspectors");
        TableView<DirectoryRecord> inspectors = robot.lookup("#table-inspectors").queryTableView();
        assertEquals(96, inspectors.getItems().size());

        robot.clickOn("#tab-audit");
        TableView<org.sortes.session.AuditEntry> audit = robot.lookup("#audit-table").queryTableView();
        assertEquals("demo", audit.getItems().get(0).type());
        assertTrue(robot.lookup("#audit-chain").queryAs(Label.class).getText().startsWith("审计日志完整"));
    }
}
