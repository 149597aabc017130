package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console's bundled type: copied out of the jar once, whole, and registered under its family. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFontsTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    private static long bundledLength(String name) throws Exception {
        try (var in = ConsoleFonts.class.getResourceAsStream("/org/sortes/documents/fonts/" + name)) {
            return in.readAllBytes().length;
        }
    }

    @Test
    void theFacesAreCopiedOnce_andACopyOfTheWrongLengthIsWrittenAgain() throws Exception {
        Path fonts = folder.resolve("fonts");
        List<Path> files = ConsoleFonts.cached(fonts);
        assertEquals(List.of(fonts.resolve("NotoSansSC-Regular.ttf"), fonts.resolve("NotoSansSC-Bold.ttf"),
                fonts.resolve("NotoSansMono-Regular.ttf"), fonts.resolve("NotoSansMono-Bold.ttf")), files);
        assertEquals(bundledLength("NotoSansSC-Regular.ttf"), Files.size(files.get(0)));
        assertEquals(bundledLength("NotoSansSC-Bold.ttf"), Files.size(files.get(1)));

        // a start killed while copying left a partial copy: removed at the next start (not one being written now)
        Path killed = Files.write(fonts.resolve("NotoSansSC-Bold.ttf123.part"), new byte[1000]);
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path copying = Files.write(fonts.resolve("NotoSansSC-Bold.ttf456.part"), new byte[1000]);
        ConsoleFonts.cached(fonts);
        assertTrue(Files.notExists(killed), "the killed start's copy is gone");
        assertTrue(Files.exists(copying), "another console's copy in progress is left alone");
        Files.delete(copying);

        // a later start uses the copies as they are
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(files.get(0), old);
        Files.setLastModifiedTime(files.get(1), old);
        ConsoleFonts.cached(fonts);
        assertEquals(old, Files.getLastModifiedTime(files.get(0)));

        // a copy cut short (a start killed while writing it, a full disk) is written again
        byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(files.get(1)), 1000);
        Files.write(files.get(1), half);
        ConsoleFonts.cached(fonts);
        assertEquals(bundledLength("NotoSansSC-Bold.ttf"), Files.size(files.get(1)));
        assertEquals(old, Files.getLastModifiedTime(files.get(0)), "the regular face was whole");
        try (Stream<Path> left = Files.list(fonts)) {
            assertEquals(4, left.count(), "no partial copy left beside the fonts");
        }
    }

    @Test
    void everyFaceIsRegistered_soThatBoldTextIsSetInTheBoldFace_andCodesInTheMonospacedOne() throws Exception {
        List<Path> files = ConsoleFonts.cached(folder);
        CompletableFuture<List<String>> names = new CompletableFuture<>();
        CompletableFuture<Integer> registered = new CompletableFuture<>();
        Platform.runLater(() -> {
            registered.complete(ConsoleFonts.register(files));
            names.complete(List.of(Font.font(ConsoleFonts.FAMILY, FontWeight.BOLD, 20).getName(),
                    Font.font(ConsoleFonts.MONO_FAMILY, FontWeight.BOLD, 56).getName(),
                    Font.font(ConsoleFonts.MONO_FAMILY, 40).getName()));
        });
        assertEquals(4, registered.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Noto Sans SC Bold", "Noto Sans Mono Bold", "Noto Sans Mono Regular"),
                names.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theStyleSheetNamesOnlyFamiliesThatAreBundled() throws Exception {
        // JavaFX takes the first name of a list and, missing, its System font: every family named must be ours
        String css = new String(ConsoleFonts.class.getResourceAsStream("/org/sortes/ui/sortes.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-family:\\s*([^;]*);").matcher(css);
        int named = 0;
        while (m.find()) {
            named++;
            String family = m.group(1).strip();
            assertTrue(family.equals("\"" + ConsoleFonts.FAMILY + "\"") || family.equals("\"" + ConsoleFonts.MONO_FAMILY + "\""),
                    "a family the console does not bring: " + family);
        }
        assertTrue(named >= 2, "the root and the codes name their family");
    }

    @Test
    void aFileThatIsNoFont_isNotRegistered() throws Exception {
        Path notAFont = Files.writeString(folder.resolve("NotoSansSC-Regular.ttf"), "not a font");
        CompletableFuture<Integer> registered = new CompletableFuture<>();
        Platform.runLater(() -> registered.complete(ConsoleFonts.register(List.of(notAFont))));
        assertEquals(0, registered.get(10, TimeUnit.SECONDS));
    }

    @Test
    void noFolder_noCopies_theSystemsFontsServe() throws Exception {
        CompletableFuture<Integer> registered = new CompletableFuture<>();
        java.util.function.Supplier<Integer> prepared = ConsoleFonts.prepare(java.util.Optional.empty());
        Platform.runLater(() -> registered.complete(prepared.get()));
        assertEquals(0, registered.get(10, TimeUnit.SECONDS));
        assertTrue(Files.notExists(folder.resolve("fonts")));
    }
}
