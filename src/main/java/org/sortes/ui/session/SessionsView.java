package org.sortes.ui.session;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sortes.i18n.I18n;
import org.sortes.session.DrawSession;
import org.sortes.ui.TextColumns;

/**
 * The sessions tab: the list of sessions, and for the selected one its stages, its targets with
 * their results, and the minutes and results actions (enabled for a locked session only).
 */
public final class SessionsView {
    private final SplitPane root = new SplitPane();
    private final Button notice = new Button();
    private final Button minutes = new Button();
    private final Button result = new Button();
    private final Button publish = new Button();
    private final Button create = new Button();
    private final Button rehearse = new Button();
    private final Button ceremony = new Button();
    private final Button editor = new Button();
    private final Button letters = new Button();
    private final Button announce = new Button();
    private final Button preview = new Button();
    private final TableView<SessionsViewModel.TargetLine> targets;

    public SessionsView(SessionsViewModel model, I18n i18n) {
        root.setId("sessions");
        TableView<DrawSession> list = new TableView<>(model.sessions());
        list.setId("sessions-table");
        list.getColumns().add(TextColumns.of("#", 50, r -> Long.toString(r.id())));
        list.getColumns().add(TextColumns.of(i18n.get("sessions.name"), 260,
                r -> (r.rehearsal() ? i18n.get("session.rehearsalMark") + " " : "") + r.name()));
        list.getColumns().add(TextColumns.of(i18n.get("sessions.state"), 90, r -> i18n.get(r.state().messageKey())));
        list.setPlaceholder(new Label(i18n.get("sessions.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row != model.selectedProperty().get()) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> list.getSelectionModel().select(row));

        Label detail = new Label();
        detail.setId("session-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.detailProperty());
        notice.setText(i18n.get("sessions.notice"));
        notice.setId("session-notice");
        notice.disableProperty().bind(model.committedProperty().not().or(model.busyProperty()));
        minutes.setText(i18n.get("sessions.minutes"));
        minutes.setId("session-minutes");
        minutes.getStyleClass().add("primary");
        result.setText(i18n.get("sessions.result"));
        result.setId("session-result");
        publish.setText(i18n.get("sessions.publish"));
        publish.setId("session-publish");
        minutes.disableProperty().bind(model.hasMinutesProperty().not().or(model.busyProperty()));
        publish.disableProperty().bind(model.lockedProperty().not().or(model.busyProperty()));
        create.setText(i18n.get("sessions.create"));
        create.setId("session-create");
        rehearse.setText(i18n.get("sessions.rehearse"));
        rehearse.setId("session-rehearse");
        ceremony.setText(i18n.get("sessions.ceremony"));
        ceremony.setId("session-ceremony");
        ceremony.getStyleClass().add("primary");
        ceremony.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        editor.setText(i18n.get("sessions.editor"));
        editor.setId("session-editor");
        HBox starts = new HBox(8, editor, create, rehearse, ceremony);
        starts.setAlignment(Pos.CENTER_LEFT);
        letters.setText(i18n.get("sessions.letters"));
        letters.setId("session-letters");
        letters.disableProperty().bind(model.lockedProperty().not().or(model.busyProperty()));
        announce.setText(i18n.get("sessions.announce"));
        announce.setId("session-announce");
        announce.disableProperty().bind(model.lockedProperty().not().or(model.busyProperty()));
        preview.setText(i18n.get("sessions.preview"));
        preview.setId("session-preview");
        preview.disableProperty().bind(model.committedProperty().not().or(model.busyProperty()));
        notice.setOnAction(e -> model.saveNotice());
        minutes.setOnAction(e -> model.saveMinutes());
        letters.setOnAction(e -> model.saveLetters());
        announce.setOnAction(e -> model.saveAnnouncement());
        publish.setOnAction(e -> model.saveResults());
        preview.setOnAction(e -> model.openPreview());
        create.setOnAction(e -> model.createSession(false));
        rehearse.setOnAction(e -> model.createSession(true));
        editor.setOnAction(e -> model.openEditor());
        ceremony.setOnAction(e -> model.openCeremony());
        // the buttons keep their whole labels and wrap to a second row when the pane is narrow
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, preview, notice, minutes, letters,
                announce, result, publish);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {preview, notice, minutes, letters, announce, result, publish, create, rehearse, ceremony,
                editor}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }

        ProgressBar bar = new ProgressBar();
        bar.setId("session-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(320);
        Button cancel = new Button(i18n.get("button.cancel"));
        cancel.setId("session-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(model.busyProperty());

        Label message = new Label();
        message.setId("session-message");
        message.getStyleClass().add("note");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label error = new Label();
        error.setId("session-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        targets = new TableView<>(model.targets());
        targets.setId("session-targets");
        targets.getColumns().add(TextColumns.of(i18n.get("sessions.rank"), 60, t -> Integer.toString(t.rank())));
        targets.getColumns().add(TextColumns.of(i18n.get("sessions.subject"), 190, SessionsViewModel.TargetLine::subjectId));
        targets.getColumns().add(TextColumns.of(i18n.get("sessions.ticket"), 150,
                t -> t.ticket().length() > 16 ? t.ticket().substring(0, 16) + "…" : t.ticket()));
        targets.getColumns().add(TextColumns.wrapped(i18n.get("sessions.team"), 280,
                SessionsViewModel.TargetLine::team));
        targets.getColumns().add(TextColumns.wrapped(i18n.get("sessions.outcome"), 300,
                SessionsViewModel.TargetLine::result));
        targets.setPlaceholder(new Label(i18n.get("sessions.noTargets")));
        result.disableProperty().bind(model.lockedProperty().not().or(model.busyProperty())
                .or(targets.getSelectionModel().selectedItemProperty().isNull()));
        result.setOnAction(e -> model.enterResult(targets.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(targets, Priority.ALWAYS);

        VBox right = new VBox(10, starts, detail, actions, running, message, error, targets);
        right.setPadding(new Insets(10));
        BorderPane left = new BorderPane(list);
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(left, right);
        root.setDividerPositions(0.3);
    }

    public Node node() {
        return root;
    }
}
