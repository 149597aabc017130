package org.sortes.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder of flat files, removed with its files on close (best effort). */
final class TempFolder implements AutoCloseable {
    private final Path path;

    TempFolder(String prefix) throws IOException {
        this.path = Files.createTempDirectory(prefix);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (var files = Files.list(path)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
