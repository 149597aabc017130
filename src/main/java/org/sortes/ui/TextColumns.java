package org.sortes.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns for the tables that show records of one type. */
public final class TextColumns {
    private TextColumns() {
    }

    public static <T> TableColumn<T, String> of(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /**
     * A column whose cells show their whole text on hover: for values longer than the column (a team
     * of several inspectors, a long message), which the cell cuts with "…".
     */
    public static <T> TableColumn<T, String> withWholeText(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = of(title, width, value);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            {
                // made when the pointer first rests on the cell: a tooltip is a popup window, too costly
                // to make for every visible cell when tens of thousands of rows arrive at once
                setOnMouseEntered(e -> {
                    if (getTooltip() == null && !isEmpty() && getItem() != null && !getItem().isEmpty()) {
                        setTooltip(new javafx.scene.control.Tooltip(getItem()));
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isEmpty()) {
                    setTooltip(null);
                } else if (getTooltip() != null) {
                    getTooltip().setText(item); // the cell shows another row now
                }
            }
        });
        return c;
    }

    /**
     * A column whose cells wrap their text onto as many lines as it needs, so nothing is cut (a team
     * of four inspectors with their departments); for tables without a fixed row height.
     */
    public static <T> TableColumn<T, String> wrapped(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = of(title, width, value);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                // a selected row's text turns light with the cell's own colour
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }
}
