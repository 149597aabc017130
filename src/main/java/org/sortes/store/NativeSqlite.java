package org.sortes.store;

import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * SQLite's native library, loaded from a copy that lasts rather than from the one the driver writes
 * to the temporary folder at every start. The driver compares that copy with the jar's byte by byte
 * through an unbuffered read: a tenth of a second of every command, and each killed process left a
 * megabyte in /tmp. When the library named here cannot be loaded the driver goes on its own way.
 */
public final class NativeSqlite {
    private NativeSqlite() {
    }

    /** The library in the jar for this machine, the folder its copy belongs in, the copy's file name. */
    public record Bundled(URL resource, String folder, String fileName) {
    }

    /**
     * The driver's library for this operating system and processor, when the jar has one in the folder
     * the driver would take it from (Linux, Windows and macOS on x86_64 and aarch64; anything else, and a
     * musl Linux, is left to the driver).
     */
    public static Optional<Bundled> bundled() {
        return bundled(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Optional<Bundled> bundled(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "Linux" : os.startsWith("windows") ? "Windows"
                : os.startsWith("mac") ? "Mac" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        // Alpine's musl C library needs the driver's other Linux build, which it finds itself
        boolean musl = system != null && system.equals("Linux") && java.nio.file.Files.exists(Path.of("/etc/alpine-release"));
        if (system == null || arch == null || musl) {
            return Optional.empty();
        }
        String name = system.equals("Windows") ? "sqlitejdbc.dll" : system.equals("Mac") ? "libsqlitejdbc.dylib"
                : "libsqlitejdbc.so";
        URL resource = NativeSqlite.class.getResource("/org/sqlite/native/" + system + "/" + arch + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        // a folder per driver version: an upgraded jar never loads the library of the one before
        String folder = "sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + system + "-" + arch;
        return Optional.of(new Bundled(resource, folder, name));
    }

    /** The driver loads the library from this file (a whole copy of {@link Bundled#resource}). */
    public static void loadFrom(Path library) {
        System.setProperty("org.sqlite.lib.path", library.getParent().toAbsolutePath().toString());
        System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
    }
}
