package org.sortes.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.sortes.app.Launcher;

/**
 * How long the console takes to show content: starts Sortes exactly as {@code java -jar sortes.jar}
 * does (Launcher.main, no arguments, the real settings and default workspace), then watches every
 * pulse of the toolkit and prints, counted from the moment the operating system started this
 * process, when the first frame showed content (the opening screen, the first-start screen or the
 * console) and when the console's tabs were on screen. A pulse's timer runs before that pulse's
 * styling, layout and drawing, so each figure is taken at the pulse after the one that first held
 * the content: the frame is then on screen.
 *
 * <pre>DISPLAY=:79 java -Dfile.encoding=UTF-8 -cp "target/sortes.jar:target/lib/*:target/test-classes" \
 *     org.sortes.bench.StartupBenchmark</pre>
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Instant launched = ProcessHandle.current().info().startInstant().orElseThrow();
        Launcher.main(new String[0]);
        System.out.printf("toolkit started: %d ms after launch%n", Duration.between(launched, Instant.now()).toMillis());
        boolean[] seen = new boolean[2]; // content, the console: held by the previous pulse
        boolean[] told = new boolean[1];
        while (true) {
            try {
                Platform.runLater(() -> new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        long ms = Duration.between(launched, Instant.now()).toMillis();
                        if (seen[0] && !told[0]) {
                            told[0] = true;
                            System.out.printf("first frame with content on screen: %d ms after launch%n", ms);
                        }
                        for (Window w : Window.getWindows()) {
                            Scene scene = w.isShowing() ? w.getScene() : null;
                            if (scene == null) {
                                continue;
                            }
                            if (seen[1]) {
                                System.out.printf("console with its tabs on screen: %d ms after launch%n", ms);
                                stop();
                                w.hide(); // closes the workspace as the window's close button does
                                Platform.exit();
                                System.exit(0);
                            }
                            boolean console = scene.getRoot().lookup("#registers") != null;
                            seen[0] |= console || scene.getRoot().lookup("#opening") != null
                                    || scene.getRoot().lookup("#welcome-demo") != null;
                            seen[1] |= console;
                        }
                    }
                }.start());
                break;
            } catch (IllegalStateException notYet) {
                Thread.sleep(5); // the toolkit is still starting
            }
        }
    }
}
