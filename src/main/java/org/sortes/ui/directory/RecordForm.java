package org.sortes.ui.directory;

import java.util.ArrayList;
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
import org.sortes.directory.FieldType;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryService;
import org.sortes.session.ValidationException;

/**
 * Adds or edits one record. Values are checked by the same rules as an import; a refused value
 * keeps the dialog open with the reasons shown, so nothing typed is lost.
 */
public final class RecordForm {
    private RecordForm() {
    }

    /** Shows the form; returns the saved record, or empty when cancelled. */
    public static Optional<DirectoryRecord> show(Window owner, Register register, DirectoryRecord existing,
                                                 DirectoryService service, I18n i18n) {
        boolean isNew = existing == null;
        Dialog<DirectoryRecord> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(isNew ? "form.add.title" : "form.edit.title", i18n.get("register." + register.table())));
        dialog.setHeaderText(dialog.getTitle());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        List<Field> fields = register.fields();
        List<TextField> inputs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            TextField input = new TextField(existing == null ? "" : formValue(f, existing.values()[i]));
            input.setId("form-" + f.key());
            input.setPrefColumnCount(30);
            input.setPromptText(hint(f, i18n));
            boolean isKey = register == Register.SUBJECTS ? i <= 1 : i == 0;
            if (!isNew && isKey) {
                input.setEditable(false); // the key identifies the record across versions
                input.getStyleClass().add("read-only");
            }
            inputs.add(input);
            String label = i18n.locale().getLanguage().equals("en") ? f.english() : f.chinese();
            grid.add(new Label(label + (f.required() ? " *" : "")), 0, i);
            grid.add(input, 1, i);
        }
        Label errors = new Label();
        errors.setId("form-errors");
        errors.getStyleClass().add("error-text");
        errors.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, fields.size() * 34));
        dialog.getDialogPane().setContent(new VBox(8, scroll, errors));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(i18n.get("form.save"));
        DirectoryRecord[] saved = {null};
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String[] raw = inputs.stream().map(TextField::getText).toArray(String[]::new);
            try {
                saved[0] = service.save(register, raw, isNew);
            } catch (ValidationException ex) {
                errors.setText(String.join("\n", ex.messages()));
                e.consume();
            } catch (RuntimeException ex) {
                errors.setText(i18n.explain(ex));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? saved[0] : null);
        return dialog.showAndWait();
    }

    private static String formValue(Field f, String value) {
        if (value == null) {
            return "";
        }
        return f.type() == FieldType.FLAG ? ("1".equals(value) ? "是" : "否") : value;
    }

    private static String hint(Field f, I18n i18n) {
        return switch (f.type()) {
            case DATE -> "2026-01-31";
            case FLAG -> i18n.get("form.hint.flag");
            case RISK_CLASS -> "A / B / C / D";
            case DUTY_STATUS -> "在岗 / 离岗";
            case LIST, CODE_LIST -> i18n.get("form.hint.list");
            case REGION -> "620102";
            case USCC -> "91620102XXXXXXXXXX";
            default -> "";
        };
    }
}
