package org.sortes.ui;

import javafx.scene.Scene;

/** The one stylesheet every window of the application shares (console, wizard, display, editor). */
public final class Styles {
    private static final String SHEET = Styles.class.getResource("/org/sortes/ui/sortes.css").toExternalForm();

    private Styles() {
    }

    public static Scene styled(Scene scene) {
        scene.getStylesheets().add(SHEET);
        return scene;
    }

    /**
     * Shows a window at the size it was given. Under some X11 window managers (Openbox, which LXDE and
     * LXQt use) a JavaFX window came up 200 by 200 pixels whatever its scene's size — the console showed
     * a corner of its menu bar — while JavaFX took it for the size asked; asking for that size again
     * once the window is shown makes the window manager apply it (tried under Openbox and Xvfb).
     */
    public static void showSized(javafx.stage.Stage stage) {
        stage.show();
        if (!stage.isFullScreen() && !stage.isMaximized()) {
            stage.setWidth(stage.getWidth());
            stage.setHeight(stage.getHeight());
        }
    }
}
