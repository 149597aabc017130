package org.sortes.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sortes.i18n.I18n;

/** The first-start screen: builds the card and binds it to {@link WelcomeViewModel}. */
public final class WelcomeView {
    private final StackPane root;

    public WelcomeView(WelcomeViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label(i18n.get("welcome.subtitle"));
        subtitle.getStyleClass().add("welcome-subtitle");
        subtitle.setWrapText(true);
        Label none = new Label(i18n.get("welcome.noWorkspace"));
        none.setWrapText(true);
        TextField path = new TextField();
        path.setId("welcome-path");
        path.textProperty().bindBidirectional(model.locationProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button(i18n.get("welcome.browse"));
        browse.setOnAction(e -> model.browse());
        HBox where = new HBox(8, new Label(i18n.get("welcome.location")), path, browse);
        where.setAlignment(Pos.CENTER_LEFT);
        Button demo = new Button(i18n.get("welcome.demo"));
        demo.setId("welcome-demo");
        demo.getStyleClass().add("primary");
        demo.setDefaultButton(true);
        demo.disableProperty().bind(model.busyProperty());
        demo.setOnAction(e -> model.createDemo());
        Label demoText = new Label(i18n.get("welcome.demo.text"));
        demoText.setWrapText(true);
        Button empty = new Button(i18n.get("welcome.empty"));
        empty.setId("welcome-empty");
        empty.disableProperty().bind(model.busyProperty());
        empty.setOnAction(e -> model.createEmpty());
        Label emptyText = new Label(i18n.get("welcome.empty.text"));
        emptyText.setWrapText(true);
        Button openOther = new Button(i18n.get("welcome.open"));
        openOther.setId("welcome-open");
        openOther.setOnAction(e -> model.openOther());
        ProgressBar busy = new ProgressBar(-1);
        busy.visibleProperty().bind(model.busyProperty());
        root = centredCard(new VBox(16, title, subtitle, none, where,
                option(demo, demoText), option(empty, emptyText), openOther, busy));
    }

    /** The first-start screens' white card in the middle of the window. */
    private static StackPane centredCard(VBox card) {
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(760);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPadding(new Insets(36));
        StackPane pane = new StackPane(card);
        pane.getStyleClass().add("welcome");
        return pane;
    }

    private static HBox option(Button b, Label text) {
        b.setMinWidth(200);
        HBox h = new HBox(16, b, text);
        h.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        return h;
    }

    public Node node() {
        return root;
    }

    /** What the window shows while the workspace opens at start-up: the product, the file, a moving bar. */
    static Node opening(I18n i18n, java.nio.file.Path file) {
        Label title = new Label(i18n.get("app.title"));
        title.getStyleClass().add("welcome-title");
        Label what = new Label(i18n.get("workspace.opening", file.toAbsolutePath()));
        what.getStyleClass().add("welcome-subtitle");
        what.setWrapText(true);
        ProgressBar bar = new ProgressBar(-1);
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(20, title, what, bar);
        card.setId("opening");
        return centredCard(card);
    }
}
