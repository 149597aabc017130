package org.sortes.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.sortes.cli.SortesCli;
import org.sortes.i18n.I18n;
import org.sortes.ui.SortesApp;

/**
 * Starts Sortes: with no arguments (or "gui") the desktop application, otherwise the command line.
 * A plain class, not a javafx Application, so that the jar starts on the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Settings settings = new Settings(AppPaths.dataFolder().resolve("settings.properties"));
        LogSetup.toFailureLog = logToFile(AppPaths.dataFolder());
        nativeSqliteIn(AppPaths.dataFolder().resolve("native"));
        String language = System.getProperty("sortes.lang", settings.get("language").orElse("zh"));
        I18n i18n = I18n.forLanguage(language);
        if (args.length == 0 || "gui".equals(args[0])) {
            // what the toolkit writes itself (the print dialog, a text field's context menu) in the same language
            java.util.Locale.setDefault(i18n.locale());
            SortesApp.start(new DesktopEnvironment(settings, i18n, Clock.systemDefaultZone()), args);
            return;
        }
        String login = System.getProperty("user.name", "");
        String actor = org.sortes.session.OperatorName.fromSettings(settings.get("operator"), login);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = SortesCli.run(args,
                (file, operator) -> WorkspaceServices.open(file, Clock.systemDefaultZone(), () -> operator, i18n),
                AppPaths.defaultWorkspace(), actor, org.sortes.session.OperatorName.named(settings.get("operator"), login)
                        .isPresent(), i18n, out, err);
        System.exit(code);
    }

    /**
     * SQLite's library from a copy kept in folder, made the first time and again whenever it is not
     * the jar's, byte for byte; when it cannot be made the driver writes its own temporary copy, as it
     * always did.
     */
    static void nativeSqliteIn(java.nio.file.Path folder) {
        try {
            var bundled = org.sortes.store.NativeSqlite.bundled();
            if (bundled.isPresent()) {
                var b = bundled.get();
                org.sortes.store.NativeSqlite.loadFrom(BundledFiles.identical(folder.resolve(b.folder()), b.fileName(),
                        b.resource()));
            }
        } catch (java.io.IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(Launcher.class.getName()).log(java.util.logging.Level.WARNING,
                    "SQLite's library not kept in the data folder", e);
        }
    }

    /**
     * Held here for as long as the program runs: the logging framework keeps its loggers only weakly,
     * and once a collection had taken this one, with its file, every failure went to the terminal as a
     * stack trace while the message told the user the details were in the log.
     */
    private static java.util.logging.Logger fileLogger;

    /**
     * Libraries' own texts (SQLite, POI, FastCSV) never reach a message; they go to sortes0.log in
     * the data folder, where whoever supports the user can read them. Whether it could be opened.
     */
    static boolean logToFile(java.nio.file.Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
            java.util.logging.FileHandler handler = new java.util.logging.FileHandler(
                    folder.resolve("sortes%g.log").toString(), 1 << 20, 2, true);
            handler.setFormatter(new java.util.logging.SimpleFormatter());
            handler.setEncoding("UTF-8");
            handler.setLevel(java.util.logging.Level.ALL);
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.sortes");
            logger.setLevel(java.util.logging.Level.ALL);
            logger.setUseParentHandlers(false);
            logger.addHandler(handler);
            fileLogger = logger;
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // no log is no reason not to start
        }
    }
}
