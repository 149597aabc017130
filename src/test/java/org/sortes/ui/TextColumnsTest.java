package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A cut value's whole text is on its cell's tooltip, and follows the cell when it shows another row. */
@ExtendWith(ApplicationExtension.class)
class TextColumnsTest {
    private final ObservableList<String> rows = FXCollections.observableArrayList(IntStream.range(0, 200)
            .mapToObj(i -> "第" + i + "组：张三（市场监管局）、李四（市场监管局）、王五（卫生健康委）").toList());
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(rows);
        table.getColumns().add(TextColumns.withWholeText("检查组", 120, s -> s));
        stage.setScene(new Scene(table, 300, 300));
        stage.show();
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.isVisible())
                .queryAllAs(TableCell.class).stream().<TableCell<?, ?>>map(c -> c).toList();
    }

    @Test
    void tooltip_madeOnHoverWithTheWholeText_andFollowsTheRow(FxRobot robot) {
        TableCell<?, ?> first = cells(robot).stream().filter(c -> rows.get(0).equals(c.getItem())).findFirst().orElseThrow();
        assertTrue(cells(robot).stream().allMatch(c -> c.getTooltip() == null), "no popup is made for a cell nobody points at");
        robot.moveTo(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rows.get(0), first.getTooltip().getText());

        // scrolled: the cells now show other rows, and a tooltip says its own row's text, never an old one
        robot.interact(() -> table.scrollTo(100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!rows.get(0).equals(first.getItem()), "the cell shows another row now");
        assertEquals(first.getItem(), first.getTooltip().getText());
        for (TableCell<?, ?> c : cells(robot)) {
            if (c.getTooltip() != null) {
                assertEquals(c.getItem(), c.getTooltip().getText());
            }
        }

        robot.interact(() -> rows.setAll(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cells(robot).stream().allMatch(c -> c.getTooltip() == null), "a cell with nothing in it has no tooltip");
        assertNull(first.getTooltip());
    }
}
