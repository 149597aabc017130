package org.sortes.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * One workspace is one SQLite file. Opening it brings its schema up to date through the
 * versioned migrations, so older workspaces open in newer releases.
 */
public final class Workspace {
    private final Path file;

    private Workspace(Path file) {
        this.file = file;
    }

    /** Opens (creating if needed) the workspace file and migrates its schema. */
    public static Workspace open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Workspace ws = new Workspace(file.toAbsolutePath());
        try {
            Flyway.configure()
                    .dataSource(ws.url(), null, null)
                    .locations("classpath:org/sortes/db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open workspace " + file + ": " + rootMessage(e), e);
        }
        return ws;
    }

    public Path file() {
        return file;
    }

    private String url() {
        return "jdbc:sqlite:" + file;
    }

    /** A new connection in WAL mode with foreign keys on and a busy timeout. */
    public Connection connect() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        try {
            return config.createConnection(url());
        } catch (SQLException e) {
            throw new StoreException("cannot open workspace " + file + ": " + e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
