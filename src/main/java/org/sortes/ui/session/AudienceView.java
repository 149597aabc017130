package org.sortes.ui.session;

import java.util.List;
import javafx.animation.FadeTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.sortes.i18n.I18n;
import org.sortes.session.AudienceSnapshot;

/**
 * The projector's window: large type, high contrast, one stage at a time, drawn from the screen that
 * {@link AudienceViewModel} decides. The newest target fades in; nothing moves that is not real.
 */
public final class AudienceView {
    /** Targets kept on screen at once: the newest first, the rest are in the summary and the minutes. */
    static final int TARGETS_ON_SCREEN = 3;

    private final StackPane root = new StackPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label heading = new Label();
    private final VBox body = new VBox(14);
    private final Label watermark = new Label();
    private final I18n i18n;
    /**
     * Held here, and this view held by its root node: the model's binding is only weakly referenced
     * by the properties it follows, so without a path from the scene it would be collected.
     */
    private final AudienceViewModel model;
    private int lastShown = -1;

    public AudienceView(AudienceViewModel model, I18n i18n) {
        this.i18n = i18n;
        this.model = model;
        root.setId("audience");
        root.getProperties().put(AudienceView.class, this);
        root.getStyleClass().add("audience");
        title.getStyleClass().add("audience-title");
        title.setId("audience-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("audience-subtitle");
        heading.getStyleClass().add("audience-heading");
        heading.setId("audience-heading");
        heading.setWrapText(true);
        // the title, date and stage keep their whole lines whatever the window's height: what does not fit is the body's
        for (Label always : new Label[] {title, subtitle, heading}) {
            always.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox header = new VBox(6, title, subtitle);
        header.getStyleClass().add("audience-header");
        // spacing sized for the console's type (Noto Sans SC's lines are tall): the frozen stage's four
        // digests of two lines each and the final summary fit a 1080-pixel screen (CeremonyFlowTest)
        VBox page = new VBox(16, header, heading, body);
        page.setPadding(new Insets(28, 64, 24, 64));
        VBox.setVgrow(body, Priority.ALWAYS); // the targets take the height that is left, no more
        BorderPane frame = new BorderPane(page);
        frame.setMinHeight(0); // a page taller than the screen would be centred and lose its title
        // and so would a page taller than a smaller window (the display before F11): it overflows at the bottom
        BorderPane.setAlignment(page, javafx.geometry.Pos.TOP_LEFT);
        StackPane.setAlignment(frame, javafx.geometry.Pos.TOP_LEFT);
        watermark.setText(i18n.get("audience.rehearsal"));
        watermark.getStyleClass().add("audience-watermark");
        watermark.setMouseTransparent(true);
        watermark.setRotate(-20);
        root.getChildren().addAll(frame, watermark);
        model.screenProperty().addListener((o, a, s) -> show(s));
        show(model.screenProperty().get());
    }

    private void show(AudienceViewModel.Screen s) {
        title.setText(s.title());
        subtitle.setText(s.subtitle());
        heading.setText(s.heading());
        watermark.setVisible(s.rehearsal());
        body.getChildren().clear();
        if (!s.lines().isEmpty()) {
            body.getChildren().add(lines(s.lines()));
        }
        // the final screen is the summary; the targets are in the minutes and on the officer's list
        if (!s.targets().isEmpty() && s.summary().isEmpty()) {
            body.getChildren().add(targets(s.targets(), s.targets().size() > lastShown && lastShown >= 0));
        }
        lastShown = s.targets().size();
        if (!s.summary().isEmpty()) {
            // the counts per stratum beside the QR code (in two columns when there are many strata),
            // the proof's digest under them across the screen's width
            List<AudienceViewModel.Line> counts = s.summary().stream()
                    .filter(l -> l.kind() != AudienceViewModel.Kind.CODE).toList();
            List<AudienceViewModel.Line> codes = s.summary().stream()
                    .filter(l -> l.kind() == AudienceViewModel.Kind.CODE).toList();
            HBox summary = new HBox(40, lines(counts, counts.size() > SUMMARY_ROWS ? 2 : 1));
            if (!s.qr().isEmpty()) {
                summary.getChildren().add(qr(s.qr()));
            }
            body.getChildren().add(summary);
            if (!codes.isEmpty()) {
                body.getChildren().add(lines(codes));
            }
        }
    }

    /** The widest the labels' column gets: two fifths of a 1920-pixel screen, the values have the rest. */
    public static final double LABEL_WIDTH = 720;
    /** Strata counted on the final screen in one column up to this many, in two beyond. */
    static final int SUMMARY_ROWS = 4;

    private static GridPane lines(List<AudienceViewModel.Line> lines) {
        return lines(lines, 1);
    }

    /** Label and value pairs, filled row by row into as many pairs of columns as asked. */
    private static GridPane lines(List<AudienceViewModel.Line> lines, int pairs) {
        GridPane grid = new GridPane();
        grid.setHgap(36);
        grid.setVgap(8);
        grid.getStyleClass().add("audience-lines");
        for (int p = 0; p < pairs; p++) {
            javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
            labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is never cut to "…"
            labels.setMaxWidth(LABEL_WIDTH);
            javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, values);
        }
        int at = 0;
        for (AudienceViewModel.Line l : lines) {
            Label label = new Label(l.label());
            // a long label (an observer with a long organisation, a name being typed) wraps within its
            // column rather than widen it past the screen and push the values out of sight
            label.setWrapText(true);
            label.setMaxWidth(LABEL_WIDTH);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().add("audience-label");
            Label value = new Label(l.value());
            value.setWrapText(true);
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut to "…"
            value.getStyleClass().add(switch (l.kind()) {
                case CODE -> "audience-code";
                case PASSED -> "audience-passed";
                case FAILED -> "audience-failed";
                case TEXT -> "audience-text";
            });
            grid.add(label, (at % pairs) * 2, at / pairs);
            grid.add(value, (at % pairs) * 2 + 1, at / pairs);
            at++;
        }
        return grid;
    }

    /** The newest targets, newest on top; the newest one fades in when it has just been revealed. */
    private Node targets(List<AudienceSnapshot.Target> shown, boolean fresh) {
        VBox list = new WholeCards(12);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setId("audience-targets");
        for (int i = shown.size() - 1; i >= Math.max(0, shown.size() - TARGETS_ON_SCREEN); i--) {
            AudienceSnapshot.Target t = shown.get(i);
            Label rank = new Label(i18n.get("audience.rank", t.rank()));
            rank.getStyleClass().add("audience-rank");
            Label name = new Label(t.subjectName());
            name.getStyleClass().add(i == shown.size() - 1 ? "audience-target-new" : "audience-target");
            // codes in the monospaced face, words in the body face (the monospaced one has no Chinese)
            Label id = new Label(t.subjectId());
            id.getStyleClass().add("audience-code-small");
            Label stratum = new Label(t.stratum());
            stratum.getStyleClass().add("audience-text-small");
            Label ticketWord = new Label(i18n.get("audience.ticket"));
            ticketWord.getStyleClass().add("audience-text-small");
            HBox.setMargin(ticketWord, new Insets(0, 0, 0, 28));
            Label ticket = new Label(t.ticket());
            ticket.getStyleClass().add("audience-code-small");
            // code, stratum and ticket on one line (about 1,200 of the 1,790 pixels): a card a line shorter,
            // so that the newest target has the one before it under it on a 1080-pixel screen
            HBox codes = new HBox(20, id, stratum, ticketWord, ticket);
            codes.setAlignment(Pos.BASELINE_LEFT);
            Label team = new Label(t.staffed() ? i18n.get("audience.team", String.join("、", t.team()))
                    : i18n.get("audience.unstaffedTarget"));
            team.getStyleClass().add("audience-text-small");
            team.setWrapText(true);
            VBox card = new VBox(4, new HBox(20, rank, name), codes, team);
            card.getStyleClass().add("audience-card");
            card.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // never squeezed to "…"
            HBox.setHgrow(card, Priority.ALWAYS);
            list.getChildren().add(card);
            if (i == shown.size() - 1 && fresh) {
                FadeTransition fade = new FadeTransition(Duration.millis(600), card);
                fade.setFromValue(0);
                fade.setToValue(1);
                fade.play();
            }
        }
        return list;
    }

    /**
     * A column that shows only the cards that fit whole in the height it is given: an older card is
     * left out rather than cut at the screen's edge. The newest card, on top, is always shown.
     */
    private static final class WholeCards extends VBox {
        WholeCards(double spacing) {
            super(spacing);
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            for (int i = 0; i < getChildren().size(); i++) {
                Node card = getChildren().get(i);
                card.setVisible(i == 0 || card.getBoundsInParent().getMaxY() <= getHeight());
            }
        }
    }

    /** The QR code, one square per module, black on white. */
    private static Node qr(List<String> rows) {
        int cell = Math.max(4, 320 / rows.size());
        Canvas canvas = new Canvas(rows.size() * cell, rows.size() * cell);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < rows.get(y).length(); x++) {
                if (rows.get(y).charAt(x) == '1') {
                    g.fillRect(x * cell, y * cell, cell, cell);
                }
            }
        }
        canvas.setId("audience-qr");
        VBox box = new VBox(canvas);
        box.setAlignment(Pos.TOP_RIGHT);
        return box;
    }

    public Node node() {
        return root;
    }
}
