package org.sortes.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in the data folder. Left to itself, sqlite-jdbc copies the library
 * out of its jar into the temporary folder at every start and compares the copy with the jar's
 * byte by byte: 0.1–0.2 s of every command and of the console's start. The kept copy is compared
 * whole with the jar's at each start (two bulk reads, a few milliseconds) and written again, under a
 * temporary name then moved into place, when it is missing or differs. When anything fails, nothing
 * is set and sqlite-jdbc loads the library its own way.
 */
public final class SqliteLibrary {
    private SqliteLibrary() {
    }

    /** Points sqlite-jdbc at the kept copy, unless the user has pointed it somewhere himself. */
    public static void useKeptCopy(Path dataFolder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        keptCopy(dataFolder).ifPresent(library -> {
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        });
    }

    /** The kept copy of this platform's library, the same bytes as the jar's; empty when there is none. */
    static Optional<Path> keptCopy(Path dataFolder) {
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            byte[] library;
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                    LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
                if (in == null) {
                    return Optional.empty(); // a platform the jar has no library for: sqlite-jdbc says so itself
                }
                library = in.readAllBytes();
            }
            Path folder = dataFolder.resolve("native").resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
            Path kept = folder.resolve(name);
            if (!Files.isRegularFile(kept) || Files.size(kept) != library.length
                    || !Arrays.equals(Files.readAllBytes(kept), library)) {
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, name, ".part");
                try {
                    Files.write(part, library);
                    Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            return Optional.of(kept);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
