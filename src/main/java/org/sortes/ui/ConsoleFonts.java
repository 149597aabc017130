package org.sortes.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * The console's type: the Noto Sans SC the documents embed, shipped in the jar, so that the console and
 * the projector look the same on every machine, and Noto Sans Mono for the codes. Without them the
 * toolkit takes its "System" font whenever a family the style sheet names is missing (JavaFX reads only
 * the first name of a CSS font list): on a Debian machine with no CJK sans font every Chinese text came
 * out in a thin Mincho face, and the digests on the projector were not monospaced anywhere but where
 * "Noto Sans Mono CJK SC" happened to be installed. When the faces cannot be registered, the system's
 * fonts serve.
 */
public final class ConsoleFonts {
    private static final Logger LOG = Logger.getLogger(ConsoleFonts.class.getName());
    static final String FAMILY = "Noto Sans SC";
    /** For digests, digits and secrets: groups of four line up, to be read aloud and compared. */
    static final String MONO_FAMILY = "Noto Sans Mono";
    /** Where the faces are in the jar, and their file names (the documents embed the first two). */
    public static final String FOLDER = "/org/sortes/documents/fonts";
    public static final List<String> FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf",
            "NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf");

    private ConsoleFonts() {
    }

    /** Registers the faces with the toolkit (on its thread); how many it took. Any it refuses leaves the system's fonts. */
    public static int register(List<Path> files) {
        int registered = 0;
        for (Path file : files) {
            Font font = Font.loadFont(file.toUri().toString(), 14);
            if (font != null && (FAMILY.equals(font.getFamily()) || MONO_FAMILY.equals(font.getFamily()))) {
                registered++;
            } else {
                LOG.warning("bundled font not registered: " + file);
            }
        }
        return registered;
    }

    /**
     * Both steps, for the start: the copies made (by copies, off the toolkit's thread, while it starts)
     * and then registered. Failures are only logged; the console then shows the system's fonts.
     */
    static java.util.function.Supplier<Integer> prepare(java.util.concurrent.Callable<List<Path>> copies) {
        java.util.concurrent.CompletableFuture<List<Path>> copied = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return copies.call();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "bundled fonts not copied", e);
                return List.of();
            }
        });
        return () -> register(copied.join());
    }
}
