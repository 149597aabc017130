package org.sortes.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
    private static final List<String> FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf",
            "NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf");

    private ConsoleFonts() {
    }

    /**
     * The bundled faces as files in folder, copied from the jar the first time (22 MB inflated: a tenth
     * of a second, done while the toolkit starts) and used as they are afterwards. A copy is written
     * beside its place and moved into it, so a start killed midway leaves no half font; one whose length
     * is not the bundled one's is written again. The toolkit reads a font from a file in place (given a
     * stream it would copy it to a temporary file at every start).
     */
    public static List<Path> cached(Path folder) throws IOException {
        Files.createDirectories(folder);
        // a start killed while copying leaves its partial copy (10 MB): gone at the next start, unless it
        // is another console's, copying now
        try (var left = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : left) {
                if (Files.getLastModifiedTime(part).toMillis() < System.currentTimeMillis() - 60_000) {
                    Files.deleteIfExists(part);
                }
            }
        }
        List<Path> files = new ArrayList<>();
        for (String name : FILES) {
            URL bundled = ConsoleFonts.class.getResource("/org/sortes/documents/fonts/" + name);
            if (bundled == null) {
                throw new IOException("not in the jar: " + name);
            }
            URLConnection connection = bundled.openConnection();
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) != connection.getContentLengthLong()) {
                Path part = Files.createTempFile(folder, name, ".part");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            } else {
                // asking the length connected: for a file: URL (the classes folder) that opened the file
                connection.getInputStream().close();
            }
            files.add(file);
        }
        return files;
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

    /** Both steps, for the start: failures only logged, the console then shows the system's fonts. */
    static java.util.function.Supplier<Integer> prepare(java.util.Optional<Path> folder) {
        java.util.concurrent.CompletableFuture<List<Path>> copied = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return folder.isPresent() ? cached(folder.get()) : List.of();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "bundled fonts not copied", e);
                return List.of();
            }
        });
        return () -> register(copied.join());
    }
}
