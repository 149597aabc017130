package org.sortes.ui.directory;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.i18n.I18n;

/**
 * Adds or edits one record. Values are checked by the same rules as an import; a refused value
 * keeps the dialog open with the reasons shown, so nothing typed is lost.
 */
public final class RecordForm {
    private RecordForm() {
    }

    /** Shows the form; returns the saved record, or empty when cancelled. */
    public static Optional<DirectoryRecord> show(Window owner, RecordFormViewModel model, I18n i18n) {
        Dialog<DirectoryRecord> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(model.isNew() ? "form.add.title" : "form.edit.title",
                i18n.get("register." + model.register().table())));
        dialog.setHeaderText(dialog.getTitle());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        List<Field> fields = model.fields();
        for (int i = 0; i < fields.size(); i++) {
            TextField input = new TextField();
            input.textProperty().bindBidirectional(model.value(i));
            input.setId("form-" + fields.get(i).key());
            input.setPrefColumnCount(30);
            input.setPromptText(model.hint(i));
            if (!model.editable(i)) {
                input.setEditable(false);
                input.getStyleClass().add("read-only");
            }
            Label label = new Label(model.label(i));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long name is never cut with "…"
            grid.add(label, 0, i);
            grid.add(input, 1, i);
        }
        Label errors = new Label();
        errors.setId("form-errors");
        errors.getStyleClass().add("error-text");
        errors.setWrapText(true);
        errors.textProperty().bind(model.errorsProperty());
        errors.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every reason whole; the fields scroll
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, fields.size() * 34));
        dialog.getDialogPane().setContent(new VBox(8, scroll, errors));
        ButtonType save = new ButtonType(i18n.get("form.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.disableProperty().bind(model.savingProperty());
        // the form closes only once the record is stored; a refusal keeps it open with its reasons
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.save(record -> {
                dialog.setResult(record);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> null);
        return dialog.showAndWait();
    }
}
