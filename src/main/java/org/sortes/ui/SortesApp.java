package org.sortes.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and the operator console; no Application subclass, no static state. */
public final class SortesApp {
    private SortesApp() {
    }

    public static void start(AppEnvironment env, String[] args) {
        Platform.setImplicitExit(true);
        // the fonts are copied out of the jar while the toolkit starts, and registered before any window
        java.util.function.Supplier<Integer> fonts = ConsoleFonts.prepare(env::fontFiles);
        Platform.startup(() -> {
            fonts.get();
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, env, new FxTaskRunner());
            window.show();
        });
    }
}
