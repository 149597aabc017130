package org.sortes.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The kept copy of SQLite's native library: written once, the jar's bytes, replaced when it is not. */
class SqliteLibraryTest {
    private static byte[] jars() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    @Test
    void theKeptCopy_isTheJarsLibrary_andIsReplacedWhenCutShortOrChanged(@TempDir Path data) throws Exception {
        Path kept = SqliteLibrary.keptCopy(data).orElseThrow();
        assertTrue(kept.startsWith(data), kept.toString());
        assertArrayEquals(jars(), Files.readAllBytes(kept));
        long written = Files.getLastModifiedTime(kept).toMillis();

        assertEquals(kept, SqliteLibrary.keptCopy(data).orElseThrow());
        assertEquals(written, Files.getLastModifiedTime(kept).toMillis(), "a good copy is left as it is");

        byte[] cut = java.util.Arrays.copyOf(jars(), 1000); // a copy cut short by a crash
        Files.write(kept, cut);
        assertArrayEquals(jars(), Files.readAllBytes(SqliteLibrary.keptCopy(data).orElseThrow()));

        byte[] changed = jars();
        changed[changed.length / 2] ^= 1; // the same length, one bit changed
        Files.write(kept, changed);
        assertArrayEquals(jars(), Files.readAllBytes(SqliteLibrary.keptCopy(data).orElseThrow()));
        try (var left = Files.list(kept.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside the copy");
        }
    }

    @Test
    void aDataFolderThatCannotBeWritten_leavesSqliteToLoadItsOwnWay(@TempDir Path data) throws Exception {
        Path file = data.resolve("not-a-folder");
        Files.writeString(file, "x");
        assertTrue(SqliteLibrary.keptCopy(file).isEmpty());
    }
}
