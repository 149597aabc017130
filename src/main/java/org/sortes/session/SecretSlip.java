package org.sortes.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The secret slip (decision 0005): a new file holding only the officer's secret. */
public final class SecretSlip {
    /** A slip holds 64 hex digits and a line break; a file much larger is not one. */
    private static final long MAX_SIZE = 4096;

    private SecretSlip() {
    }

    /**
     * The secret written on a slip, as the officer brings it back at the reveal (the CLI's --secret-file,
     * the wizard's "load"): refused in words when the file is not a plain, small, ASCII text file.
     * Whether it is a secret at all, and the right one, the reveal checks.
     */
    public static String read(Path slip) {
        try {
            if (!Files.isRegularFile(slip) || Files.size(slip) > MAX_SIZE) {
                throw new Refusal("draw.error.slipRead", slip);
            }
            byte[] bytes = Files.readAllBytes(slip);
            for (byte b : bytes) {
                if (b < 0) {
                    throw new Refusal("draw.error.slipRead", slip);
                }
            }
            return new String(bytes, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new Refusal("draw.error.slipRead", slip);
        }
    }

    /** Creates the slip, owner-only from its first byte where the file system knows POSIX modes. */
    static void write(Path slip, String secret) {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileAttribute<?>[] mode = posix(slip)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            // created with its mode: there is no moment when another user could open it
            try (OutputStream out = java.nio.channels.Channels.newOutputStream(Files.newByteChannel(slip, options, mode))) {
                out.write((secret + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        } catch (FileAlreadyExistsException e) {
            throw new Refusal("draw.error.slipExists", slip);
        } catch (IOException e) {
            throw new Refusal("draw.error.slipWrite", slip, e.getMessage());
        }
    }

    private static boolean posix(Path slip) {
        Path folder = slip.toAbsolutePath().getParent();
        return folder != null && Files.exists(folder)
                && Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    /** Removes a slip whose commitment was not stored; a failure to remove is added to the cause. */
    static void remove(Path slip, RuntimeException cause) {
        try {
            Files.deleteIfExists(slip);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
