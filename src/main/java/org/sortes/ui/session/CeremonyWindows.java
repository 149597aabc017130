package org.sortes.ui.session;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;
import org.sortes.ui.FxDialogService;
import org.sortes.ui.TaskRunner;

/**
 * The two windows of a live session: the officer's wizard, and the audience display on the projector
 * (an undecorated full-screen window on another screen when there is one, otherwise a window the
 * officer puts in presentation mode with F11). Closing the wizard closes the display.
 */
public final class CeremonyWindows {
    private final Stage operator = new Stage();
    private final Stage audience = new Stage();
    private final CeremonyViewModel model;
    private final CeremonyView view;
    private Runnable closed = () -> { };

    public CeremonyWindows(Window owner, Services services, TaskRunner tasks, I18n i18n, long sessionId) {
        operator.initOwner(owner);
        model = new CeremonyViewModel(services.draw(), services.audience(), services.documents(),
                new org.sortes.ui.FxPrinting(), new FxDialogService(operator, i18n), tasks, i18n, sessionId);
        view = new CeremonyView(model, i18n);
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1180, 780);
        org.sortes.ui.Styles.styled(scene);
        operator.setScene(scene);
        operator.setTitle(i18n.get("ceremony.window", sessionId));

        AudienceView display = new AudienceView(new AudienceViewModel(model.snapshotProperty(),
                model.shownTargetsProperty(), model.typingProperty(), i18n), i18n);
        Scene shown = new Scene((javafx.scene.Parent) display.node(), 1280, 720);
        org.sortes.ui.Styles.styled(shown);
        audience.setScene(shown);
        audience.setTitle(i18n.get("audience.window"));
        audience.setFullScreenExitHint("");

        // keys on both windows: the officer may have either in front of him
        for (Scene s : new Scene[] {scene, shown}) {
            s.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), view::primaryAction);
            s.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), model::showNext);
            s.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), model::showAll);
            s.getAccelerators().put(new KeyCodeCombination(KeyCode.F6), () -> model.printSlip(operator));
            s.getAccelerators().put(new KeyCodeCombination(KeyCode.F7), model::closeDigits);
            s.getAccelerators().put(new KeyCodeCombination(KeyCode.F11),
                    () -> audience.setFullScreen(!audience.isFullScreen()));
        }
        operator.setOnHidden(e -> {
            audience.close();
            closed.run();
        });
    }

    /** What runs once the wizard is closed (the display closes with it). */
    public void onClosed(Runnable then) {
        closed = then;
    }

    /**
     * Shows both windows. The display goes to the screen remembered by its bounds (JavaFX orders screens
     * differently between runs); when that screen is gone and there are several, the officer picks one
     * and it is remembered; on a single screen it is a window put in presentation mode with F11.
     */
    public void show(java.util.Optional<String> remembered, java.util.function.Consumer<String> remember,
                     I18n i18n) {
        List<Screen> others = Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).toList();
        Screen other = remembered.flatMap(b -> Screen.getScreens().stream().filter(s -> bounds(s).equals(b)).findFirst())
                .orElse(null);
        if (other == null && others.size() == 1) {
            other = others.get(0);
            remember.accept(bounds(other));
        } else if (other == null && others.size() > 1) {
            javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(bounds(others.get(0)),
                    others.stream().map(CeremonyWindows::bounds).toList());
            ask.setTitle(i18n.get("audience.window"));
            ask.setHeaderText(i18n.get("audience.chooseScreen"));
            String chosen = ask.showAndWait().orElse(bounds(others.get(0)));
            other = others.stream().filter(s -> bounds(s).equals(chosen)).findFirst().orElse(others.get(0));
            remember.accept(chosen);
        }
        if (other != null) {
            Rectangle2D b = other.getBounds();
            audience.initStyle(StageStyle.UNDECORATED);
            audience.setX(b.getMinX());
            audience.setY(b.getMinY());
            audience.setWidth(b.getWidth());
            audience.setHeight(b.getHeight());
            audience.show();
            audience.setFullScreen(true);
        } else {
            org.sortes.ui.Styles.showSized(audience);
        }
        org.sortes.ui.Styles.showSized(operator);
        operator.toFront();
        model.refresh();
    }

    /** A screen as remembered: "x,y,width,height" of its bounds. */
    static String bounds(Screen s) {
        Rectangle2D b = s.getBounds();
        return (int) b.getMinX() + "," + (int) b.getMinY() + "," + (int) b.getWidth() + "," + (int) b.getHeight();
    }

    public CeremonyViewModel model() {
        return model;
    }

    public Stage operatorStage() {
        return operator;
    }

    public Stage audienceStage() {
        return audience;
    }
}
