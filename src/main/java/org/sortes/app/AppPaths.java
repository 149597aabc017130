package org.sortes.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Sortes keeps its data by default, per operating system. */
public final class AppPaths {
    private AppPaths() {
    }

    /** Linux ~/.local/share/sortes, Windows %APPDATA%\Sortes, macOS ~/Library/Application Support/Sortes. */
    public static Path dataFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Sortes");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Sortes");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("sortes");
    }

    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    public static Path defaultWorkspace() {
        return dataFolder().resolve("workspace.sortes.db");
    }
}
