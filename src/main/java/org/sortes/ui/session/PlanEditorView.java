package org.sortes.ui.session;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sortes.i18n.I18n;
import org.sortes.session.PlanPreview;

/**
 * The plan editor's window content: the plan's choices on the left, on the right what they give if
 * frozen now (a chart of the strata, exclusions, inspectors, warnings), refreshed shortly after each
 * change. It builds nodes and binds them to {@link PlanEditorViewModel}.
 */
public final class PlanEditorView {
    private final BorderPane root = new BorderPane();
    private final PlanEditorViewModel model;
    private final I18n i18n;
    private final VBox itemsBox = new VBox(4);
    private final VBox strataBox = new VBox(6);
    private final PauseTransition settle = new PauseTransition(Duration.millis(600));
    private final XYChart.Series<String, Number> candidates = new XYChart.Series<>();
    private final XYChart.Series<String, Number> drawn = new XYChart.Series<>();
    private final Button create = new Button();
    private final Button rehearse = new Button();

    public PlanEditorView(PlanEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("plan-editor");
        root.getProperties().put(PlanEditorView.class, this);
        settle.setOnFinished(e -> model.preview());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        int row = 0;
        TextField name = field("editor-name", model.nameProperty());
        form.addRow(row++, label("editor.name"), name);
        DatePicker date = new DatePicker();
        date.setId("editor-date");
        date.valueProperty().bindBidirectional(model.sessionDateProperty());
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        form.addRow(row++, label("editor.date"), date);
        form.addRow(row++, label("editor.items"), itemsBox);
        form.addRow(row++, label("editor.regionPrefixes"), field("editor-regions", model.regionPrefixesProperty()));
        form.addRow(row++, label("editor.subjectTypes"), field("editor-types", model.subjectTypesProperty()));
        form.addRow(row++, label("editor.industries"), field("editor-industries", model.industriesProperty()));
        form.addRow(row++, label("editor.tags"), field("editor-tags", model.tagsProperty()));
        form.addRow(row++, label("editor.statuses"), field("editor-statuses", model.statusesProperty()));
        form.addRow(row++, label("editor.inspectedWithinDays"), days(model.inspectedWithinDaysProperty()));
        form.addRow(row++, label("editor.drawnWithinDays"), days(model.drawnWithinDaysProperty()));
        Button addStratum = new Button(i18n.get("editor.stratum.add"));
        addStratum.setOnAction(e -> model.addStratum());
        form.addRow(row++, label("editor.strata"), new VBox(6, strataBox, addStratum));
        Spinner<Integer> members = new Spinner<>(1, 20, model.membersProperty().get());
        members.getValueFactory().valueProperty().addListener((o, a, b) -> model.membersProperty().set(b));
        model.membersProperty().addListener((o, a, b) -> members.getValueFactory().setValue(b.intValue()));
        form.addRow(row++, label("editor.members"), members);
        CheckBox sameRegion = new CheckBox(i18n.get("editor.avoidSameRegion"));
        sameRegion.selectedProperty().bindBidirectional(model.avoidSameRegionProperty());
        CheckBox lastInspector = new CheckBox(i18n.get("editor.avoidLastInspector"));
        lastInspector.selectedProperty().bindBidirectional(model.avoidLastInspectorProperty());
        form.addRow(row++, label("editor.avoid"), new VBox(4, sameRegion, lastInspector));
        form.addRow(row++, label("editor.beaconSource"), field("editor-beacon-source", model.beaconSourceProperty()));
        form.addRow(row++, label("editor.beaconReference"),
                field("editor-beacon-reference", model.beaconReferenceProperty()));
        Label beaconNote = new Label(i18n.get("editor.beaconNote"));
        beaconNote.setWrapText(true);
        beaconNote.getStyleClass().add("note");
        form.add(beaconNote, 1, row);
        GridPane.setHgrow(name, Priority.ALWAYS);
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);
        left.setPrefWidth(640);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("editor-chart");
        candidates.setName(i18n.get("editor.chart.candidates"));
        drawn.setName(i18n.get("editor.chart.drawn"));
        chart.getData().add(candidates);
        chart.getData().add(drawn);
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        Label summary = new Label();
        summary.setId("editor-preview");
        summary.setWrapText(true);
        summary.textProperty().bind(model.previewTextProperty());
        Label error = new Label();
        error.setId("editor-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Label title = new Label(i18n.get("editor.previewTitle"));
        title.getStyleClass().add("step-title");
        VBox right = new VBox(10, title, chart, summary, error);
        right.setPadding(new Insets(12));
        right.setPrefWidth(560);
        model.previewProperty().addListener((o, a, p) -> chart(p));

        Button preview = new Button(i18n.get("editor.preview"));
        preview.setOnAction(e -> model.preview());
        Button open = new Button(i18n.get("editor.open"));
        open.setOnAction(e -> model.open());
        Button save = new Button(i18n.get("editor.save"));
        save.setOnAction(e -> model.save());
        create.setText(i18n.get("editor.create"));
        create.setId("editor-create");
        create.setOnAction(e -> model.create(false));
        create.getStyleClass().add("primary");
        rehearse.setText(i18n.get("editor.rehearse"));
        rehearse.setId("editor-rehearse");
        rehearse.setOnAction(e -> model.create(true));
        HBox actions = new HBox(8, preview, open, save, rehearse, create);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPadding(new Insets(8, 12, 12, 12));

        root.setCenter(left);
        root.setRight(right);
        root.setBottom(actions);

        model.items().addListener((ListChangeListener<PlanEditorViewModel.ItemChoice>) c -> items());
        model.strata().addListener((ListChangeListener<PlanEditorViewModel.StratumRow>) c -> strata());
        for (Observable o : new Observable[] {model.nameProperty(), model.sessionDateProperty(),
                model.regionPrefixesProperty(), model.subjectTypesProperty(), model.industriesProperty(),
                model.tagsProperty(), model.statusesProperty(), model.inspectedWithinDaysProperty(),
                model.drawnWithinDaysProperty(), model.membersProperty(), model.avoidSameRegionProperty(),
                model.avoidLastInspectorProperty()}) {
            o.addListener(e -> settle.playFromStart());
        }
        items();
        strata();
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private Node days(javafx.beans.property.IntegerProperty p) {
        Spinner<Integer> s = new Spinner<>(0, 3650, p.get());
        s.setEditable(true);
        s.getValueFactory().valueProperty().addListener((o, a, b) -> p.set(b == null ? 0 : b));
        p.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
        return s;
    }

    private void items() {
        itemsBox.getChildren().clear();
        for (PlanEditorViewModel.ItemChoice c : model.items()) {
            CheckBox box = new CheckBox(c.label());
            box.selectedProperty().bindBidirectional(c.chosenProperty());
            box.selectedProperty().addListener(e -> settle.playFromStart());
            itemsBox.getChildren().add(box);
        }
    }

    private void strata() {
        strataBox.getChildren().clear();
        for (PlanEditorViewModel.StratumRow r : model.strata()) {
            TextField name = new TextField();
            name.textProperty().bindBidirectional(r.name);
            name.setPrefColumnCount(14);
            ChoiceBox<String> risk = new ChoiceBox<>(FXCollections.observableArrayList("", "A", "B", "C", "D", "NONE"));
            risk.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(String v) {
                    return v == null || v.isEmpty() ? i18n.get("editor.risk.any") : v.equals("NONE")
                            ? i18n.get("editor.risk.none") : i18n.get("editor.risk.class", v);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            risk.valueProperty().bindBidirectional(r.riskClass);
            CheckBox abnormal = new CheckBox(i18n.get("editor.abnormal"));
            abnormal.selectedProperty().bindBidirectional(r.abnormal);
            CheckBox serious = new CheckBox(i18n.get("editor.serious"));
            serious.selectedProperty().bindBidirectional(r.serious);
            TextField complaints = new TextField();
            complaints.setPromptText(i18n.get("editor.minComplaints"));
            complaints.setPrefColumnCount(7);
            complaints.textProperty().bindBidirectional(r.minComplaints);
            ChoiceBox<Boolean> mode = new ChoiceBox<>(FXCollections.observableArrayList(true, false));
            mode.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Boolean v) {
                    return Boolean.FALSE.equals(v) ? i18n.get("editor.byPercent") : i18n.get("editor.byCount");
                }

                @Override
                public Boolean fromString(String s) {
                    return null;
                }
            });
            mode.valueProperty().bindBidirectional(r.byCount.asObject());
            TextField amount = new TextField();
            amount.setPrefColumnCount(4);
            amount.textProperty().bindBidirectional(r.amount);
            Button remove = new Button(i18n.get("editor.stratum.remove"));
            remove.setOnAction(e -> model.removeStratum(r));
            HBox first = new HBox(6, name, mode, amount, remove);
            first.setAlignment(Pos.CENTER_LEFT);
            TextField shown = new TextField();
            shown.setPromptText(i18n.get("editor.audienceName"));
            shown.setPrefColumnCount(8);
            shown.textProperty().bindBidirectional(r.audienceName);
            // the rule's controls keep their whole labels and wrap when the pane is narrow
            javafx.scene.layout.FlowPane second = new javafx.scene.layout.FlowPane(10, 4, risk, abnormal, serious,
                    complaints, shown);
            second.setAlignment(Pos.CENTER_LEFT);
            for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {risk, abnormal, serious}) {
                c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
            VBox line = new VBox(4, first, second);
            line.getStyleClass().add("editor-stratum");
            for (Observable o : new Observable[] {r.name, r.riskClass, r.abnormal, r.serious, r.minComplaints, r.byCount,
                    r.amount, r.audienceName}) {
                o.addListener(e -> settle.playFromStart());
            }
            strataBox.getChildren().add(line);
        }
        settle.playFromStart();
    }

    private void chart(PlanPreview p) {
        candidates.getData().clear();
        drawn.getData().clear();
        if (p == null) {
            return;
        }
        for (int s = 0; s < p.strata().size(); s++) {
            candidates.getData().add(new XYChart.Data<>(p.strata().get(s), p.stratumSizes().get(s)));
            drawn.getData().add(new XYChart.Data<>(p.strata().get(s), p.sampleSizes().get(s)));
        }
    }

    public Node node() {
        return root;
    }

}
