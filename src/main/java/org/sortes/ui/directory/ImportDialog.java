package org.sortes.ui.directory;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.Problem;
import org.sortes.i18n.I18n;
import org.sortes.ui.TextColumns;

/**
 * The import window: builds the progress page or the preview page for what {@link ImportViewModel}
 * is doing, and closes when the flow ends. The flow and its state are the view model's.
 */
public final class ImportDialog {
    private final Stage stage = new Stage();
    private final ImportViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();

    public ImportDialog(Window owner, ImportViewModel model, I18n i18n, Consumer<Boolean> onClose) {
        this.model = model;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        root.setId("import-dialog");
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 980, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            model.close(); // an import not committed is discarded: the workspace stays as it was
            onClose.accept(model.committed());
        });
        model.phaseProperty().addListener((o, a, phase) -> show(phase));
    }

    public void start() {
        org.sortes.ui.Styles.showSized(stage);
        show(model.phaseProperty().get());
        model.read();
    }

    private void show(ImportViewModel.Phase phase) {
        switch (phase) {
            case READING, WRITING -> showProgress();
            case PREVIEW -> showPreview(model.previewProperty().get());
            case CLOSED -> stage.close();
        }
    }

    private void showProgress() {
        Label label = new Label();
        label.getStyleClass().add("step-title");
        label.textProperty().bind(model.workingProperty());
        ProgressBar bar = new ProgressBar(-1);
        bar.setId("import-progress");
        bar.setPrefWidth(600);
        bar.progressProperty().bind(model.progressProperty());
        Label percent = new Label();
        percent.textProperty().bind(javafx.beans.binding.Bindings.when(model.progressProperty().lessThan(0)).then("")
                .otherwise(model.progressProperty().multiply(100).asString("%.0f %%")));
        Button cancel = new Button(i18n.get("button.cancel"));
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.cancellingProperty());
        cancel.setOnAction(e -> model.cancel());
        VBox box = new VBox(14, label, bar, percent, cancel);
        box.setAlignment(Pos.CENTER);
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(box);
    }

    /** A refused file was not read to its end: its counts would mislead, so none is shown. */
    private static String count(ImportPreview p, long n) {
        return p.fileRefused() ? "-" : String.format("%,d", n);
    }

    private void showPreview(ImportPreview p) {
        Label title = new Label(i18n.get("import.preview.title", i18n.get("register." + model.register().table()),
                p.facts().fileName()));
        title.getStyleClass().add("step-title");
        GridPane facts = new GridPane();
        facts.setHgap(18);
        facts.setVgap(4);
        facts.setId("import-counts");
        String[][] rows = {
            {i18n.get("import.encoding"), p.facts().encoding() == null ? "-" : p.facts().encoding()},
            {i18n.get("import.rows"), String.format("%,d", p.facts().rows())},
            {i18n.get("import.added"), count(p, p.added())},
            {i18n.get("import.changed"), count(p, p.changed())},
            {i18n.get("import.unchanged"), count(p, p.unchanged())},
            {i18n.get("import.retired"), count(p, p.retired())},
            {i18n.get("import.errors"), String.format("%,d", p.errors())},
            {i18n.get("import.warnings"), String.format("%,d", p.warnings())},
            {"SHA-256", p.facts().sha256() == null ? "-" : p.facts().sha256()},
        };
        for (int i = 0; i < rows.length; i++) {
            Label name = new Label(rows[i][0]);
            name.getStyleClass().add("detail-name");
            Label value = new Label(rows[i][1]);
            value.setId("import-count-" + i);
            facts.add(name, i < 6 ? (i / 3) * 2 : 4, i < 6 ? i % 3 : i - 6);
            facts.add(value, i < 6 ? (i / 3) * 2 + 1 : 5, i < 6 ? i % 3 : i - 6);
        }
        TableView<Problem> problems = new TableView<>();
        problems.setId("import-problems");
        problems.getColumns().add(TextColumns.of(i18n.get("problems.csv.severity"), 70,
                pr -> i18n.get(pr.isError() ? "severity.error" : "severity.warning")));
        problems.getColumns().add(TextColumns.of(i18n.get("problems.csv.row"), 70,
                pr -> pr.row() > 0 ? Long.toString(pr.row()) : ""));
        problems.getColumns().add(TextColumns.of(i18n.get("problems.csv.column"), 140, Problem::column));
        problems.getColumns().add(TextColumns.of(i18n.get("problems.csv.value"), 180, Problem::value));
        // long messages: the whole sentence on hover
        TableColumn<Problem, String> message = TextColumns.withWholeText(i18n.get("problems.csv.message"), 480,
                pr -> org.sortes.session.ImportProblems.sentence(pr, i18n));
        problems.getColumns().add(message);
        problems.getItems().setAll(p.problems());
        problems.setPlaceholder(new Label(i18n.get("import.noProblems")));
        Label note = new Label(p.canCommit()
                ? i18n.get(p.retired() > 0 ? "import.note.retires" : "import.note.ok", p.retired())
                : i18n.get("import.note.errors"));
        note.setWrapText(true);
        note.getStyleClass().add(p.canCommit() ? "note" : "error-text");
        if (p.problemsTruncated()) {
            note.setText(note.getText() + " " + i18n.get("import.truncated", p.problems().size()));
        }
        VBox top = new VBox(10, title, facts, note);
        top.setPadding(new Insets(0, 0, 10, 0));

        Button save = new Button(i18n.get("import.saveProblems"));
        save.setId("import-save-problems");
        save.setDisable(p.problems().isEmpty());
        save.setOnAction(e -> model.saveProblems());
        Button cancel = new Button(i18n.get("button.cancel"));
        cancel.setId("import-close");
        cancel.setOnAction(e -> stage.close());
        Button commit = new Button(i18n.get("import.commit"));
        commit.setId("import-commit");
        commit.setDefaultButton(true);
        commit.setDisable(!p.canCommit());
        commit.setOnAction(e -> model.commit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // CSV only: when detection guessed wrong (e.g. a GBK file whose first megabyte is ASCII)
        javafx.scene.control.ComboBox<String> encodings = new javafx.scene.control.ComboBox<>();
        encodings.setId("import-encoding");
        encodings.getItems().addAll("auto", "utf-8", "gb18030");
        encodings.valueProperty().bindBidirectional(model.encodingProperty());
        encodings.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String e) {
                return e == null ? "" : i18n.get("import.encoding." + e.replace("-", ""));
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Button reread = new Button(i18n.get("import.reread"));
        reread.setId("import-reread");
        reread.setOnAction(e -> model.read());
        boolean csv = model.encodingChoosable();
        encodings.setVisible(csv);
        reread.setVisible(csv);
        HBox buttons = new HBox(8, save, encodings, reread, spacer, cancel, commit);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        root.setTop(top);
        root.setCenter(problems);
        root.setBottom(buttons);
    }
}
