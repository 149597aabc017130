package org.sortes.ui.audit;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sortes.i18n.I18n;
import org.sortes.session.AuditEntry;
import org.sortes.ui.TextColumns;

/** The audit log tab: filters, the events and whether the chain is intact. */
public final class AuditView {
    private final BorderPane root = new BorderPane();
    private final Button export = new Button();

    public AuditView(AuditViewModel model, I18n i18n) {
        root.setId("audit");
        TextField session = field(i18n.get("audit.session"), 6, "audit-session");
        session.textProperty().bindBidirectional(model.sessionProperty());
        javafx.scene.control.ChoiceBox<String> type = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(model.typeChoices()));
        type.setId("audit-type");
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return model.typeLabel(code);
            }

            @Override
            public String fromString(String label) {
                return null; // chosen, never typed
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        TextField actor = field(i18n.get("audit.actor"), 10, "audit-actor");
        actor.textProperty().bindBidirectional(model.actorProperty());
        TextField from = field(i18n.get("audit.from"), 14, "audit-from");
        from.textProperty().bindBidirectional(model.fromProperty());
        TextField to = field(i18n.get("audit.to"), 14, "audit-to");
        to.textProperty().bindBidirectional(model.toProperty());
        for (TextField bound : new TextField[] {from, to}) {
            bound.setTooltip(new javafx.scene.control.Tooltip(i18n.get("audit.timeHint")));
        }
        Button apply = new Button(i18n.get("audit.apply"));
        apply.setId("audit-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> model.refresh());
        export.setText(i18n.get("audit.export"));
        export.setId("audit-export");
        export.setOnAction(e -> model.exportLog());
        FlowPane filters = new FlowPane(8, 6, session, type, actor, from, to, apply, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label chain = new Label();
        chain.setId("audit-chain");
        chain.textProperty().bind(model.chainProperty());
        model.chainIntactProperty().addListener((o, a, ok) -> chain.getStyleClass().setAll(ok ? "note" : "error-text"));
        chain.getStyleClass().add("note");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        VBox top = new VBox(6, filters, chain, error);
        top.setPadding(new Insets(8));
        TableView<AuditEntry> table = new TableView<>(model.events());
        table.setId("audit-table");
        table.getColumns().add(TextColumns.of(i18n.get("audit.seq"), 60, e -> Long.toString(e.seq())));
        table.getColumns().add(TextColumns.of(i18n.get("audit.at"), 190, AuditEntry::at));
        table.getColumns().add(TextColumns.of(i18n.get("audit.actor"), 100, AuditEntry::actor));
        table.getColumns().add(TextColumns.of(i18n.get("audit.type"), 130, e -> model.typeLabel(e.type())));
        table.getColumns().add(TextColumns.of(i18n.get("audit.session"), 70,
                e -> e.sessionId() == null ? "" : "#" + e.sessionId()));
        // a long entry is cut with "…" at this width; the whole of it shows when the pointer rests on it
        table.getColumns().add(TextColumns.withWholeText(i18n.get("audit.payload"), 560, model::details));
        table.getColumns().add(TextColumns.of(i18n.get("audit.hash"), 160, e -> e.hash().substring(0, 16) + "…"));
        table.setPlaceholder(new Label(i18n.get("audit.empty")));
        root.setTop(top);
        root.setCenter(table);
    }

    public Node node() {
        return root;
    }

    private static TextField field(String prompt, int columns, String id) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.setId(id);
        return f;
    }
}
