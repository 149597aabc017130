package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console's bundled type, registered under its family (the copies: {@code BundledFilesTest}). */
@ExtendWith(ApplicationExtension.class)
class ConsoleFontsTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    private static List<Path> copies(Path folder) throws Exception {
        return org.sortes.app.BundledFiles.cached(folder, org.sortes.app.BundledFiles.inJar(ConsoleFonts.FOLDER, ConsoleFonts.FILES));
    }

    @Test
    void everyFaceIsRegistered_soThatBoldTextIsSetInTheBoldFace_andCodesInTheMonospacedOne() throws Exception {
        List<Path> files = copies(folder);
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
    void noCopies_theSystemsFontsServe() throws Exception {
        CompletableFuture<Integer> registered = new CompletableFuture<>();
        java.util.function.Supplier<Integer> prepared = ConsoleFonts.prepare(List::of);
        Platform.runLater(() -> registered.complete(prepared.get()));
        assertEquals(0, registered.get(10, TimeUnit.SECONDS));
    }

    @Test
    void copiesThatFail_leaveTheSystemsFonts() throws Exception {
        CompletableFuture<Integer> registered = new CompletableFuture<>();
        java.util.function.Supplier<Integer> prepared = ConsoleFonts.prepare(() -> {
            throw new java.io.IOException("disk full");
        });
        Platform.runLater(() -> registered.complete(prepared.get()));
        assertEquals(0, registered.get(10, TimeUnit.SECONDS));
    }
}
