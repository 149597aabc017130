package org.sortes.ui.session;

import java.time.LocalDate;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sortes.i18n.I18n;
import org.sortes.session.ResultOutcome;

/**
 * Enters the result of one target. A target that has a result already asks for the reason of the
 * correction; a refused entry keeps the dialog open with the reason shown.
 */
public final class ResultDialog {
    private ResultDialog() {
    }

    public static void show(Window owner, SessionsViewModel model, SessionsViewModel.TargetLine target, I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("sessions.result"));
        dialog.setHeaderText(i18n.get("result.dialog.header", target.rank(), target.subjectId()));
        ButtonType save = new ButtonType(i18n.get("result.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ComboBox<ResultOutcome> outcome = new ComboBox<>();
        outcome.setId("result-outcome");
        outcome.getItems().addAll(ResultOutcome.values());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResultOutcome o) {
                return o == null ? "" : i18n.get(o.messageKey());
            }

            @Override
            public ResultOutcome fromString(String s) {
                return null;
            }
        });
        outcome.getSelectionModel().selectFirst();
        DatePicker date = new DatePicker(LocalDate.now());
        date.setId("result-date");
        // ISO dates, as everywhere else in Sortes, whatever the system locale
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        TextField note = new TextField();
        note.setId("result-note");
        note.setPrefColumnCount(30);
        TextField reason = new TextField();
        reason.setId("result-reason");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setPrefWidth(560);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("result.dialog.outcome")), outcome);
        grid.addRow(1, new Label(i18n.get("result.dialog.date")), date);
        grid.addRow(2, new Label(i18n.get("result.dialog.note")), note);
        if (target.hasResult()) {
            grid.addRow(3, new Label(i18n.get("result.dialog.reason")), reason);
            grid.add(new Label(i18n.get("result.dialog.current", target.result())), 0, 4, 2, 1);
        }
        grid.add(error, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        // the dialog stays open while the entry is refused, so nothing typed is lost
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            boolean ok = model.recordResult(target.rank(), outcome.getValue(),
                    date.getValue(), note.getText(), target.hasResult() ? reason.getText() : null);
            if (!ok) {
                error.setText(model.errorProperty().get());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        dialog.showAndWait();
    }
}
