package org.sortes.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.store.NativeSqlite;
import org.sortes.ui.ConsoleFonts;

/** Files the jar ships for libraries that read from disk: copied once, whole, and used from there. */
class BundledFilesTest {
    @TempDir
    Path folder;

    private static long bundledLength(String name) throws Exception {
        try (var in = BundledFilesTest.class.getResourceAsStream(ConsoleFonts.FOLDER + "/" + name)) {
            return in.readAllBytes().length;
        }
    }

    @Test
    void theFacesAreCopiedOnce_andACopyOfTheWrongLengthIsWrittenAgain() throws Exception {
        Path fonts = folder.resolve("fonts");
        var bundled = BundledFiles.inJar(ConsoleFonts.FOLDER, ConsoleFonts.FILES);
        List<Path> files = BundledFiles.cached(fonts, bundled);
        assertEquals(List.of(fonts.resolve("NotoSansSC-Regular.ttf"), fonts.resolve("NotoSansSC-Bold.ttf"),
                fonts.resolve("NotoSansMono-Regular.ttf"), fonts.resolve("NotoSansMono-Bold.ttf")), files);
        assertEquals(bundledLength("NotoSansSC-Regular.ttf"), Files.size(files.get(0)));
        assertEquals(bundledLength("NotoSansSC-Bold.ttf"), Files.size(files.get(1)));

        // a start killed while copying left a partial copy: removed at the next start (not one being written now)
        Path killed = Files.write(fonts.resolve("NotoSansSC-Bold.ttf123.part"), new byte[1000]);
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path copying = Files.write(fonts.resolve("NotoSansSC-Bold.ttf456.part"), new byte[1000]);
        BundledFiles.cached(fonts, bundled);
        assertTrue(Files.notExists(killed), "the killed start's copy is gone");
        assertTrue(Files.exists(copying), "another process's copy in progress is left alone");
        Files.delete(copying);

        // a later start uses the copies as they are
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(files.get(0), old);
        Files.setLastModifiedTime(files.get(1), old);
        BundledFiles.cached(fonts, bundled);
        assertEquals(old, Files.getLastModifiedTime(files.get(0)));

        // a copy cut short (a start killed while writing it, a full disk) is written again
        byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(files.get(1)), 1000);
        Files.write(files.get(1), half);
        BundledFiles.cached(fonts, bundled);
        assertEquals(bundledLength("NotoSansSC-Bold.ttf"), Files.size(files.get(1)));
        assertEquals(old, Files.getLastModifiedTime(files.get(0)), "the regular face was whole");
        try (Stream<Path> left = Files.list(fonts)) {
            assertEquals(4, left.count(), "no partial copy left beside the fonts");
        }
    }

    @Test
    void aFileTheJarLacks_isRefused() {
        assertThrows(java.io.IOException.class, () -> BundledFiles.inJar(ConsoleFonts.FOLDER, List.of("NoSuchFont.ttf")));
    }

    @Test
    void aLibraryChangedInTheDataFolder_isWrittenAgainFromTheJar_beforeItIsLoaded() throws Exception {
        var bundled = NativeSqlite.bundled().orElseThrow();
        byte[] jar;
        try (var in = bundled.resource().openStream()) {
            jar = in.readAllBytes();
        }
        Path kept = BundledFiles.identical(folder, bundled.fileName(), bundled.resource());
        assertArrayEquals(jar, Files.readAllBytes(kept));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(kept, old);
        BundledFiles.identical(folder, bundled.fileName(), bundled.resource());
        assertEquals(old, Files.getLastModifiedTime(kept), "a whole copy is used as it is");

        // one byte changed, the length the same: a size check would have loaded it; and a killed
        // start's partial copy lies beside it
        byte[] changed = jar.clone();
        changed[changed.length / 2] ^= 0x5a;
        Files.write(kept, changed);
        Path killed = Files.write(folder.resolve(bundled.fileName() + "77.part"), new byte[1000]);
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        assertEquals(kept, BundledFiles.identical(folder, bundled.fileName(), bundled.resource()));
        assertArrayEquals(jar, Files.readAllBytes(kept));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(kept), left.toList(), "no partial copy left beside it");
        }
    }

    /**
     * A command in a JVM of its own: SQLite's library comes from the data folder's copy (whole, the
     * jar's bytes), the first time and after, also after the copy was changed. The driver is given a
     * file for its temporary folder: had it to write its own copy, it could not, and the command would
     * fail.
     */
    @Test
    void aCommand_loadsSqlitesLibraryFromTheDataFolder_andLeavesNoneInTheTemporaryFolder() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "");
        for (int run = 0; run < 2; run++) {
            ProcessBuilder p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dorg.sqlite.tmpdir=" + notAFolder,
                    "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "--db", folder.resolve("w.sortes.db").toString(), "stats")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("out" + run + ".txt").toFile());
            p.environment().put("XDG_DATA_HOME", data.toString());
            p.environment().put("HOME", folder.toString());
            Process started = p.start();
            assertTrue(started.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, started.exitValue(), Files.readString(folder.resolve("out" + run + ".txt")));
            if (run == 0) {
                Path kept = data.resolve("sortes").resolve("native").resolve(NativeSqlite.bundled().orElseThrow().folder())
                        .resolve(NativeSqlite.bundled().orElseThrow().fileName());
                byte[] changed = Files.readAllBytes(kept);
                changed[changed.length / 3] ^= 0x5a;
                Files.write(kept, changed);
            }
        }
        var bundled = NativeSqlite.bundled().orElseThrow();
        Path kept = data.resolve("sortes").resolve("native").resolve(bundled.folder()).resolve(bundled.fileName());
        try (var in = bundled.resource().openStream()) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(kept));
        }
    }
}
