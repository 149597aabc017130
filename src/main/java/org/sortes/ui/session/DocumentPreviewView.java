package org.sortes.ui.session;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sortes.i18n.I18n;
import org.sortes.session.DocumentKind;
import org.sortes.ui.FxImages;

/**
 * The preview window's content: the session's documents to choose from, the page shown, paging,
 * save and print, and the progress of writing or printing with a cancel button.
 */
public final class DocumentPreviewView {
    private final BorderPane root = new BorderPane();

    public DocumentPreviewView(DocumentPreviewViewModel model, I18n i18n, Runnable close) {
        root.getStyleClass().add("preview");
        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox(6);
        for (DocumentKind k : model.kinds()) {
            ToggleButton b = new ToggleButton(model.title(k));
            b.setId("preview-kind-" + k.code());
            b.setToggleGroup(group);
            b.setUserData(k);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.open(k));
            kinds.getChildren().add(b);
        }
        model.kindProperty().addListener((o, a, k) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == k)));

        Button previous = button(i18n.get("preview.previous"), "preview-previous", model::previous);
        Button next = button(i18n.get("preview.next"), "preview-next", model::next);
        previous.disableProperty().bind(model.readyProperty().not().or(model.pageProperty().isEqualTo(0)));
        next.disableProperty().bind(model.readyProperty().not()
                .or(model.pageProperty().add(1).greaterThanOrEqualTo(model.pageCountProperty())));
        Label page = new Label();
        page.setId("preview-page");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.textProperty().bind(model.pageTextProperty());
        Button save = button(i18n.get("preview.save"), "preview-save", model::save);
        Button print = button(i18n.get("preview.print"), "preview-print", () -> model.print(root.getScene().getWindow()));
        print.getStyleClass().add("primary");
        save.disableProperty().bind(model.readyProperty().not());
        print.disableProperty().bind(model.readyProperty().not());
        Button closeButton = button(i18n.get("preview.close"), "preview-close", close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, kinds, gap, previous, page, next, save, print, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("toolbar");
        root.setTop(bar);

        ImageView image = new ImageView();
        image.setId("preview-image");
        image.setPreserveRatio(true);
        image.imageProperty().bind(Bindings.createObjectBinding(() -> model.pageImageProperty().get() == null ? null
                : FxImages.of(model.pageImageProperty().get()), model.pageImageProperty()));
        Label hint = new Label(i18n.get("preview.choose"));
        hint.getStyleClass().add("note");
        hint.visibleProperty().bind(model.kindProperty().isNull());
        StackPane paper = new StackPane(image, hint);
        paper.setPadding(new Insets(16));
        paper.getStyleClass().add("preview-paper");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setId("preview-scroll");
        // the page fills the width of the window, less the margins
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(200,
                Math.min(scroll.getViewportBounds().getWidth() - 40, 1200)), scroll.viewportBoundsProperty()));
        root.setCenter(scroll);

        ProgressBar progress = new ProgressBar();
        progress.setId("preview-progress");
        progress.setPrefWidth(320);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = button(i18n.get("button.cancel"), "preview-cancel", model::cancel);
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label message = new Label();
        message.setId("preview-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(model.errorProperty().isEmpty()).then(model.messageProperty())
                .otherwise(model.errorProperty()));
        message.styleProperty().bind(Bindings.when(model.errorProperty().isEmpty()).then("")
                .otherwise("-fx-text-fill: #a61b1b;"));
        HBox status = new HBox(10, progress, cancel, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(6, 12, 8, 12));
        root.setBottom(new VBox(status));

        // Page Down and Up turn pages even where the scroll pane would take them to scroll
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                model.previous();
                e.consume();
            }
        });
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                        () -> model.print(scene.getWindow()));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), model::cancel);
            }
        });
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node node() {
        return root;
    }
}
