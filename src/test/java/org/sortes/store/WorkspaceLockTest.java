package org.sortes.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock named by a file's identity: held for this very file it refuses a second opening; held for
 * an earlier file whose inode this one reuses (that file deleted while open), it does not.
 */
class WorkspaceLockTest {
    @TempDir
    Path dir;

    private static Path identityLock(Path file) throws Exception {
        return Path.of(System.getProperty("java.io.tmpdir"), "sortes-locks",
                "dev" + Files.getAttribute(file, "unix:dev") + "-ino" + Files.getAttribute(file, "unix:ino") + ".lock");
    }

    @Test
    void heldForThisFile_refuses_heldForAnEarlierFileWithTheSameInode_doesNot() throws Exception {
        Path file = dir.resolve("w.db");
        Workspace.open(file).close();
        Path lock = identityLock(file);
        String born = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).creationTime()
                .toString();
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            held.truncate(0);
            held.write(java.nio.ByteBuffer.wrap(born.getBytes(StandardCharsets.US_ASCII)), 0);
            try (FileLock l = held.lock()) {
                assertThrows(WorkspaceLockedException.class, () -> Workspace.open(file), "held for this file");
                held.truncate(0);
                held.write(java.nio.ByteBuffer.wrap("2001-01-01T00:00:00Z".getBytes(StandardCharsets.US_ASCII)), 0);
                Workspace.open(file).close(); // held for a file born earlier, since deleted: not this one
            }
        }
    }
}
