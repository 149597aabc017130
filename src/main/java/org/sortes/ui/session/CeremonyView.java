package org.sortes.ui.session;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sortes.i18n.I18n;
import org.sortes.session.AudienceSnapshot;
import org.sortes.session.ObserverRole;
import org.sortes.ui.TextColumns;

/**
 * The officer's window during a session: the stages on the left, the current one in the middle with
 * its one action (F5), and after the draw the results with a search. It only builds nodes and binds
 * them to {@link CeremonyViewModel}.
 */
public final class CeremonyView {
    private final BorderPane root = new BorderPane();
    private final CeremonyViewModel model;
    private final I18n i18n;
    private final VBox steps = new VBox(6);
    private final VBox card = new VBox(12);
    private final Label heading = new Label();
    private final Label explanation = new Label();
    private final VBox content = new VBox(10);
    private final ObservableList<AudienceSnapshot.Target> results = FXCollections.observableArrayList();
    private final Button primary = new Button();
    private final HandOver handOver = new HandOver();

    public CeremonyView(CeremonyViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("ceremony");
        root.getStyleClass().add("ceremony");

        Label title = new Label();
        title.getStyleClass().add("ceremony-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            AudienceSnapshot s = model.snapshotProperty().get();
            return s == null ? "" : (s.rehearsal() ? i18n.get("session.rehearsalMark") + " " : "")
                    + i18n.get("audience.session", s.sessionId()) + "　" + s.title();
        }, model.snapshotProperty()));
        BorderPane.setMargin(title, new Insets(10, 14, 4, 14));
        root.setTop(title);

        steps.setPadding(new Insets(14));
        steps.setPrefWidth(210);
        steps.getStyleClass().add("ceremony-steps");
        root.setLeft(steps);

        heading.getStyleClass().add("ceremony-heading");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("note");
        primary.getStyleClass().add("primary");
        primary.setId("ceremony-primary");
        primary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the key stays readable: "录入（F5）", never "录入（F…"
        primary.disableProperty().bind(model.busyProperty());
        card.getChildren().addAll(heading, explanation, content);
        card.setPadding(new Insets(14));
        card.getStyleClass().add("ceremony-card");

        TextField search = new TextField();
        search.setPromptText(i18n.get("ceremony.search"));
        search.setId("ceremony-search");
        FilteredList<AudienceSnapshot.Target> filtered = new FilteredList<>(results);
        search.textProperty().addListener((o, a, q) -> filtered.setPredicate(t -> q == null || q.isBlank()
                || t.subjectName().contains(q.strip()) || t.subjectId().contains(q.strip())
                || String.join(" ", t.team()).contains(q.strip())));
        // blank rows until the draw's result: the table is laid out with them from the start, unseen, so
        // that its skin and its first rows' cells are made while nothing is watched, and the rows the
        // result brings reuse those cells on the frame it arrives
        ObservableList<AudienceSnapshot.Target> blank = FXCollections.observableArrayList();
        for (int i = 0; i < WARM_ROWS; i++) {
            blank.add(new AudienceSnapshot.Target(0, "", "", "", "", java.util.List.of(), true));
        }
        TableView<AudienceSnapshot.Target> table = resultTable(blank);
        table.setId("ceremony-results");
        table.setPlaceholder(new Label(i18n.get("sessions.noTargets")));
        warmUpControls();
        VBox resultsBox = new VBox(6, search, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.beans.binding.BooleanBinding none = Bindings.isEmpty(results);
        resultsBox.opacityProperty().bind(Bindings.when(none).then(0.0).otherwise(1.0));
        resultsBox.mouseTransparentProperty().bind(none);
        search.focusTraversableProperty().bind(none.not());
        table.focusTraversableProperty().bind(none.not());
        none.addListener((o, was, isNone) -> table.setItems(isNone ? blank : filtered));

        VBox center = new VBox(12, card, resultsBox);
        VBox.setVgrow(resultsBox, Priority.ALWAYS);
        center.setPadding(new Insets(14, 14, 14, 0));
        root.setCenter(center);
        root.setBottom(status());

        model.stepProperty().addListener((o, a, b) -> rebuild());
        model.snapshotProperty().addListener((o, a, s) -> {
            java.util.List<AudienceSnapshot.Target> drawn = s == null || !s.state().drawn() ? java.util.List.of() : s.targets();
            rebuild();
            if (results.isEmpty() && !drawn.isEmpty()) {
                handOver.start(drawn);
            } else {
                handOver.stop();
                results.setAll(drawn);
            }
        });
        rebuild();
    }

    /** The result list: rank, name, USCC, stratum, ticket and team, a row of fixed height per target. */
    private TableView<AudienceSnapshot.Target> resultTable(ObservableList<AudienceSnapshot.Target> targets) {
        TableView<AudienceSnapshot.Target> table = new TableView<>(targets);
        table.getColumns().add(TextColumns.of(i18n.get("sessions.rank"), 45,
                t -> t.rank() == 0 ? "" : Integer.toString(t.rank()))); // 0: a blank row before the result
        // a long name is cut with "…" at this width; the whole of it shows when the pointer rests on it
        table.getColumns().add(TextColumns.withWholeText(i18n.get("ceremony.subjectName"), 210,
                AudienceSnapshot.Target::subjectName));
        table.getColumns().add(TextColumns.of(i18n.get("sessions.subject"), 195, AudienceSnapshot.Target::subjectId));
        table.getColumns().add(TextColumns.of(i18n.get("ceremony.stratum"), 90, AudienceSnapshot.Target::stratum));
        table.getColumns().add(TextColumns.of(i18n.get("sessions.ticket"), 205, AudienceSnapshot.Target::ticket));
        table.getColumns().add(TextColumns.withWholeText(i18n.get("sessions.team"), 300,
                t -> t.staffed() ? String.join("、", t.team()) : i18n.get("ceremony.unstaffed")));
        // one line per target: rows need not be measured one by one when tens of thousands arrive
        table.setFixedCellSize(28);
        return table;
    }

    /** Blank rows the result table is laid out with before the result: a screenful and more. */
    private static final int WARM_ROWS = 40;

    /**
     * Makes and styles a field of each kind the observers' stage has, once, off screen, when the wizard
     * is first shown. The first text field and choice box run the toolkit's code for their skins and
     * styles cold (about 90 ms for the observers' form here); made now, while nothing is being watched,
     * the real ones no longer hold up the frame on which the commit arrives. (The result table does the
     * same for its rows with its blank ones.) Nothing of this is shown.
     */
    private void warmUpControls() {
        root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene before, javafx.scene.Scene scene) {
                if (scene == null) {
                    return;
                }
                root.sceneProperty().removeListener(this);
                ChoiceBox<String> choice = new ChoiceBox<>(FXCollections.observableArrayList("甲", "乙"));
                choice.getSelectionModel().selectFirst();
                VBox made = new VBox(new HBox(8, new TextField("甲"), choice,
                        new javafx.scene.control.CheckBox("乙"), new Button("丙")));
                javafx.scene.Scene offScreen = new javafx.scene.Scene(made, 1100, 80);
                offScreen.getStylesheets().setAll(scene.getStylesheets());
                offScreen.getRoot().applyCss();
                offScreen.getRoot().layout();
            }
        });
    }

    /** Rows handed to the result table per frame until a screenful is there, then all the rest at once. */
    private static final int ROWS_PER_FRAME = 8;

    /**
     * Fills the result table after the draw's result is shown: one frame for the new stage, then a few
     * rows a frame until the table's screen is full, then the rest. Each new row on screen has its cells
     * made and styled; a screenful of them on one frame, with the new stage repainted on both windows,
     * made the longest frame of the draw (docs/benchmarks.md, stop 23). Rows past the screen make no
     * cells, so the tens of thousands after the first screenful cost one frame little.
     */
    private final class HandOver extends javafx.animation.AnimationTimer {
        private java.util.List<AudienceSnapshot.Target> drawn = java.util.List.of();
        private boolean waited;
        private int handed;

        void start(java.util.List<AudienceSnapshot.Target> targets) {
            drawn = targets;
            waited = false;
            handed = 0;
            start();
        }

        @Override
        public void handle(long now) {
            if (!waited) {
                waited = true; // this frame lays out and paints the new stage
                return;
            }
            int next = handed < WARM_ROWS ? Math.min(drawn.size(), handed + ROWS_PER_FRAME) : drawn.size();
            results.addAll(drawn.subList(handed, next));
            handed = next;
            if (handed == drawn.size()) {
                stop();
            }
        }
    }

    private Node status() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(300);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(i18n.get("button.cancel"));
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(model.busyProperty());
        Label message = bound("ceremony-message", "note");
        message.textProperty().bind(model.messageProperty());
        Label warning = bound("ceremony-warning", "warning-text");
        warning.textProperty().bind(model.warningProperty());
        Label error = bound("ceremony-error", "error-text");
        error.textProperty().bind(model.errorProperty());
        Label keys = new Label(i18n.get("ceremony.keys"));
        keys.getStyleClass().add("note");
        VBox box = new VBox(6, running, message, warning, error, keys);
        box.setPadding(new Insets(8, 14, 12, 14));
        return box;
    }

    private static Label bound(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** The stage list and the card of the current stage. */
    private void rebuild() {
        CeremonyViewModel.Step current = model.stepProperty().get();
        steps.getChildren().clear();
        for (CeremonyViewModel.Step s : CeremonyViewModel.Step.values()) {
            if (s == CeremonyViewModel.Step.ENDED && current != s) {
                continue;
            }
            Label l = new Label((s.ordinal() + 1) + "　" + i18n.get(s.key()));
            l.getStyleClass().add(s == current ? "step-current" : s.ordinal() < current.ordinal() ? "step-done" : "step");
            steps.getChildren().add(l);
        }
        heading.setText(i18n.get(current.key()));
        explanation.setText(i18n.get(current.key() + ".why"));
        content.getChildren().clear();
        switch (current) {
            case FREEZE -> action("ceremony.action.freeze", model::freeze);
            case COMMIT -> action("ceremony.action.commit", model::commit);
            case OBSERVERS -> observers();
            case BEACON -> beacon();
            case REVEAL -> reveal();
            case DRAW -> action("ceremony.action.draw", model::draw);
            case LOCK -> lock();
            case DONE -> content.getChildren().add(pacing());
            case ENDED -> { }
        }
        if (model.canPrintSlip()) {
            Button slip = new Button(i18n.get("ceremony.slip.print"));
            slip.setId("ceremony-print-slip");
            slip.disableProperty().bind(model.busyProperty());
            slip.setOnAction(e -> model.printSlip(root.getScene() == null ? null : root.getScene().getWindow()));
            content.getChildren().add(slip);
        }
        if (model.canAbort()) {
            Button abort = new Button(i18n.get("ceremony.abort"));
            abort.setId("ceremony-abort");
            abort.disableProperty().bind(model.busyProperty());
            abort.setOnAction(e -> model.abort());
            content.getChildren().add(abort);
        }
    }

    /** The stage's one action on the primary button (F5). */
    private void action(String key, Runnable run) {
        primary.setText(i18n.get(key) + "（F5）");
        primary.setOnAction(e -> run.run());
        content.getChildren().add(primary);
    }

    private void observers() {
        AudienceSnapshot s = model.snapshotProperty().get();
        TextField name = new TextField();
        name.setId("observer-name");
        name.setPromptText(i18n.get("ceremony.observer.name"));
        name.textProperty().bindBidirectional(model.observerNameProperty());
        ChoiceBox<ObserverRole> role = new ChoiceBox<>(FXCollections.observableArrayList(ObserverRole.values()));
        role.setId("observer-role");
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(ObserverRole r) {
                return r == null ? "" : i18n.get(r.messageKey());
            }

            @Override
            public ObserverRole fromString(String s) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(model.observerRoleProperty());
        TextField organisation = new TextField();
        organisation.setId("observer-organisation");
        organisation.setPromptText(i18n.get("ceremony.observer.organisation"));
        organisation.textProperty().bindBidirectional(model.observerOrganisationProperty());
        TextField method = new TextField();
        method.setId("observer-method");
        method.setPromptText(i18n.get("ceremony.observer.methodDefault"));
        method.textProperty().bindBidirectional(model.observerMethodProperty());
        TextField digits = new TextField();
        digits.setId("observer-digits");
        digits.setPromptText(i18n.get("ceremony.observer.digits"));
        digits.textProperty().bindBidirectional(model.observerDigitsProperty());
        digits.setOnAction(e -> model.addObserver());
        HBox.setHgrow(digits, Priority.ALWAYS);
        primary.setText(i18n.get("ceremony.action.observer") + "（F5）");
        primary.setOnAction(e -> model.addObserver());
        HBox entry = new HBox(8, name, role, organisation, method, digits, primary);
        entry.setAlignment(Pos.CENTER_LEFT);
        // the observer may type the digits at the keyboard himself: recorded, and the hall sees each digit
        javafx.scene.control.CheckBox atKeyboard = new javafx.scene.control.CheckBox(i18n.get("ceremony.observer.atKeyboard"));
        atKeyboard.setId("observer-at-keyboard");
        atKeyboard.selectedProperty().bindBidirectional(model.observerAtKeyboardProperty());
        atKeyboard.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                digits.requestFocus();
            }
        });
        GridPane entered = new GridPane();
        entered.setHgap(16);
        entered.setVgap(4);
        int row = 0;
        if (s != null) {
            for (AudienceSnapshot.Contribution c : s.observers()) {
                entered.addRow(row++, new Label(i18n.get(c.role().messageKey())), new Label(c.name()),
                        new Label(org.sortes.session.Digest.group(c.digits())));
            }
        }
        Label needed = new Label(s == null ? "" : s.digitsStillNeeded() > 0
                ? i18n.get("ceremony.observer.needed", s.digitsStillNeeded()) : i18n.get("ceremony.observer.enough"));
        needed.setId("observer-needed");
        Button done = new Button(i18n.get("ceremony.action.closeDigits"));
        done.setId("ceremony-close-digits");
        done.disableProperty().bind(model.busyProperty());
        done.setOnAction(e -> model.closeDigits());
        content.getChildren().addAll(entry, atKeyboard, entered, needed, done);
    }

    private void beacon() {
        AudienceSnapshot s = model.snapshotProperty().get();
        Label declared = new Label(s == null || s.beacon() == null ? ""
                : i18n.get("ceremony.beacon.declared", s.beacon().source(), s.beacon().reference()));
        declared.setWrapText(true);
        TextField value = new TextField();
        value.setId("beacon-value");
        value.setPromptText(i18n.get("ceremony.beacon.value"));
        value.textProperty().bindBidirectional(model.beaconValueProperty());
        value.setOnAction(e -> model.enterBeacon());
        action("ceremony.action.beacon", model::enterBeacon);
        content.getChildren().add(0, declared);
        content.getChildren().add(1, value);
    }

    private void reveal() {
        TextField secret = new TextField();
        secret.setId("reveal-secret");
        secret.setPromptText(i18n.get("ceremony.reveal.secret"));
        secret.textProperty().bindBidirectional(model.secretTextProperty());
        secret.getStyleClass().add("code-field");
        HBox.setHgrow(secret, Priority.ALWAYS);
        Button load = new Button(i18n.get("ceremony.reveal.load"));
        load.setId("reveal-load");
        load.setOnAction(e -> model.loadSecret());
        HBox line = new HBox(8, secret, load);
        content.getChildren().add(line);
        action("ceremony.action.reveal", model::reveal);
    }

    private void lock() {
        content.getChildren().add(pacing());
        action("ceremony.action.lock", model::lock);
    }

    /** The officer paces the targets on the projector: next (Page Down) or all (F8). */
    private Node pacing() {
        Button next = new Button(i18n.get("ceremony.action.next"));
        next.setId("ceremony-next");
        next.setOnAction(e -> model.showNext());
        Button all = new Button(i18n.get("ceremony.action.all"));
        all.setId("ceremony-all");
        all.setOnAction(e -> model.showAll());
        Label shown = new Label();
        shown.textProperty().bind(Bindings.createStringBinding(() -> {
            AudienceSnapshot s = model.snapshotProperty().get();
            return i18n.get("ceremony.shown", model.shownTargetsProperty().get(), s == null ? 0 : s.targets().size());
        }, model.shownTargetsProperty(), model.snapshotProperty()));
        // once every target is on the projector there is nothing left to reveal
        var allShown = Bindings.createBooleanBinding(() -> {
            AudienceSnapshot s = model.snapshotProperty().get();
            return s == null || model.shownTargetsProperty().get() >= s.targets().size();
        }, model.shownTargetsProperty(), model.snapshotProperty());
        next.disableProperty().bind(allShown);
        all.disableProperty().bind(allShown);
        HBox box = new HBox(8, next, all, shown);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public Node node() {
        return root;
    }

    /** Runs the current stage's action, as F5 does. */
    public void primaryAction() {
        if (!primary.isDisabled() && primary.getParent() != null) {
            primary.fire();
        }
    }
}
