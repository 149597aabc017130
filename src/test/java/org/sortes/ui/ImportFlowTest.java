package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.Register;
import org.sortes.testutil.Csv;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import preview as a person meets it: a GBK file whose first megabyte is plain ASCII is read
 * as UTF-8 and refused with a reason; choosing GBK/GB18030 and reading again makes it importable.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    @TempDir
    static Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path workspace = dir.resolve("import.sortes.db");
        AppEnvironment env = new org.sortes.testutil.TestEnvironment(workspace);
        window = new MainWindow(stage, env, TaskRunner.sameThread());
        window.show();
    }

    @Test
    void gbkFileDetectedWrongly_reasonShown_readAgainAsGbk_committed(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-empty");
        List<String> lines = new ArrayList<>();
        lines.add("USCC,Name,Region code");
        for (int i = 0; i < 40_000; i++) {
            lines.add(Csv.uscc(i) + ",Company " + i + ",620102"); // ASCII for well over a megabyte
        }
        lines.add(Csv.uscc(99_999) + ",兰州金城百货有限公司,620102");
        Path file = dir.resolve("subjects-gbk.csv");
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("GBK")));

        robot.interact(() -> window.startImport(Register.SUBJECTS, file));
        Button commit = robot.lookup("#import-commit").queryButton();
        assertTrue(commit.isDisabled(), "an undecodable file cannot be committed");
        assertTrue(robot.lookup("#import-problems").queryTableView().getItems().toString().contains("undecodable"));

        ComboBox<String> encoding = robot.lookup("#import-encoding").queryComboBox();
        robot.interact(() -> encoding.setValue("gb18030"));
        robot.clickOn("#import-reread");
        commit = robot.lookup("#import-commit").queryButton();
        assertFalse(commit.isDisabled());
        assertEquals("40,001", robot.lookup("#import-count-1").queryAs(Label.class).getText());
        robot.clickOn(commit);
        assertEquals("共 40,001 条", robot.lookup("#count-subjects").queryAs(Label.class).getText());
    }
}
