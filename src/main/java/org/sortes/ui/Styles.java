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
}
