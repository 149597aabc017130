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
public final class Workspace implements AutoCloseable {
    /** Where the schema's migrations are: the one definition of what a workspace holds. */
    static final String MIGRATIONS = "classpath:org/sortes/db/migration";

    private final Path file;
    private java.nio.channels.FileChannel lockChannel;
    private java.nio.channels.FileLock lock;
    private java.nio.channels.FileChannel identityLockChannel;
    /** The file's identity (device and inode) when it was locked; null where the system has none. */
    private String identity;

    private Workspace(Path file) {
        this.file = file;
    }

    /**
     * Opens (creating if needed) the workspace file and migrates its schema. Only one process may
     * have a workspace open: a second one is refused with {@link WorkspaceLockedException}.
     */
    public static Workspace open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("folder", "cannot create the folder for " + file + ": " + e.getMessage(), e,
                    file.toAbsolutePath().getParent(), e.getMessage());
        }
        Workspace ws = new Workspace(oneName(file));
        ws.acquireLock();
        try {
            ws.acquireIdentityLock();
            Backups.removeLeftovers(ws.file()); // a restore killed midway left its copy: this workspace is ours now
            if (!ws.atNewestSchema()) {
                Flyway.configure()
                        .dataSource(ws.dataSource())
                        .locations(MIGRATIONS)
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
        } catch (StoreException e) {
            ws.close();
            throw e;
        } catch (RuntimeException e) {
            ws.close();
            System.getLogger("org.sortes.store").log(System.Logger.Level.DEBUG, "cannot open " + file, e);
            throw new StoreException("workspace.cannotOpen", "cannot open workspace " + file + ": " + rootMessage(e), e,
                    file, rootMessage(e));
        }
        return ws;
    }

    /**
     * The one name a workspace is opened by, so that every process finds the same lock file and
     * SQLite the same write-ahead log (it names the log after the path it was given): links are
     * followed to the real file, and a file with a second hard link is refused, since its other name
     * would have a lock and a log of its own and two writers could each report a write as done.
     */
    static Path oneName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(absolute)) {
                // a new workspace: its folder by its real name, so that the lock is where later openings look
                Path parent = absolute.getParent();
                return parent != null && Files.isDirectory(parent)
                        ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
            }
            Path real = absolute.toRealPath();
            Object links = Files.getAttribute(real, "unix:nlink");
            if (links instanceof Integer n && n > 1) {
                throw new StoreException("workspace.hardLinked", real + " has " + n
                        + " hard links; open it by one name only (copy it, or remove the other links)", null, real, n);
            }
            return real;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return absolute; // no unix attributes (Windows): the path as given
        } catch (java.io.IOException e) {
            throw new StoreException("workspace.cannotOpen", "cannot open workspace " + file + ": " + e.getMessage(),
                    e, file, "");
        }
    }

    /**
     * The newest migration in {@link #MIGRATIONS}; {@code WorkspaceSchemaTest} checks it against the
     * files. A workspace already at it opens without starting Flyway, whose class loading and scanning
     * cost 0.25-0.35 s of the first opening (1.13-1.39 s before, 0.85-1.11 s after, docs/benchmarks.md).
     */
    static final int NEWEST_MIGRATION = 12;

    /**
     * True when the file is a Sortes workspace whose schema is already at the newest migration, every
     * migration applied successfully: nothing to migrate; false for a new (empty) file. A file that is
     * not a Sortes workspace is refused: migrating would write Sortes tables into somebody else's database.
     */
    private boolean atNewestSchema() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Connection c = java.sql.DriverManager.getConnection(SqliteUrl.readOnly(file));
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new StoreException("workspace.foreign", file + " is not a Sortes workspace; choose another file",
                        null, file);
            }
            return newestMigration(st) == NEWEST_MIGRATION && !anyMigrationFailed(st);
        } catch (SQLException e) {
            throw new StoreException("workspace.foreign", file + " is not a Sortes workspace (not a readable SQLite file)",
                    e, file);
        }
    }

    /** The newest migration applied successfully (versions that are plain numbers), or -1 when none is. */
    static long newestMigration(java.sql.Statement st) throws SQLException {
        long newest = -1;
        try (java.sql.ResultSet rs = st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v.matches("\\d{1,9}")) {
                    newest = Math.max(newest, Long.parseLong(v));
                }
            }
        }
        return newest;
    }

    /** A migration that failed part-way: Flyway, not this shortcut, decides what then happens. */
    private static boolean anyMigrationFailed(java.sql.Statement st) throws SQLException {
        try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 0")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** The lock file beside the workspace; the operating system releases it if the process dies. */
    public Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private void acquireLock() {
        try {
            lockChannel = java.nio.channels.FileChannel.open(lockFile(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new WorkspaceLockedException(file);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot lock workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A second lock, named by the file's device and inode in one folder of the machine, so that the
     * file keeps its one writer when it is renamed or moved while open: the lock beside its name
     * would then be free under the new name. The file itself cannot carry the lock: POSIX record
     * locks are per process and inode, and SQLite closing any of its connections would release it.
     */
    private void acquireIdentityLock() {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file); // an empty file is a new SQLite database; it needs an inode to lock
            }
            identity = identityOf(file);
        } catch (java.io.IOException e) {
            throw new StoreException("workspace.cannotOpen", "cannot open workspace " + file + ": " + e.getMessage(),
                    e, file, "");
        }
        if (identity == null) {
            return;
        }
        Path locks = Path.of(System.getProperty("java.io.tmpdir"), "sortes-locks");
        Path lockPath = locks.resolve(identity + ".lock");
        java.nio.channels.FileChannel channel;
        try {
            if (!Files.isDirectory(locks)) {
                Files.createDirectories(locks);
                shareWithEveryone(locks, "rwxrwxrwx");
            }
            channel = java.nio.channels.FileChannel.open(lockPath, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            shareWithEveryone(lockPath, "rw-rw-rw-");
        } catch (java.io.IOException | SecurityException e) {
            // another user's folder we may not write in: the lock beside the name still holds
            System.getLogger("org.sortes.store").log(System.Logger.Level.WARNING,
                    "no identity lock for " + file + " in " + locks + ": " + e);
            return;
        }
        String born = bornAt(file);
        java.nio.channels.FileLock taken;
        try {
            taken = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException | java.io.IOException e) {
            taken = null;
        }
        if (taken == null) {
            try {
                channel.close();
            } catch (java.io.IOException ignored) {
                // closing a channel we never locked through
            }
            if (born.equals(holderBornAt(lockPath))) {
                throw new WorkspaceLockedException(file);
            }
            // the holder's file was another one, since deleted, whose inode this file now reuses: the
            // lock beside the name is the one that holds
            System.getLogger("org.sortes.store").log(System.Logger.Level.INFO,
                    "identity lock " + lockPath + " is held for an earlier file with the same inode");
            return;
        }
        try {
            // what the lock is for: the file's birth, so that a later file with a reused inode is told apart
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(born.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
        } catch (java.io.IOException e) {
            System.getLogger("org.sortes.store").log(System.Logger.Level.WARNING, "cannot write " + lockPath, e);
        }
        identityLockChannel = channel; // closing the channel releases its lock
    }

    /** When the file was created, where the system says (a rename keeps it); "" where it cannot be read. */
    private static String bornAt(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).creationTime()
                    .toString();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String holderBornAt(Path lockPath) {
        try {
            byte[] head = new byte[64];
            int n;
            try (java.io.InputStream in = Files.newInputStream(lockPath)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return new String(head, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void shareWithEveryone(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // not ours to change, or no POSIX permissions: the lock works for this user all the same
        }
    }

    /** "dev2049-ino1234567" for a file on a POSIX system (one stat), null where there is no such identity. */
    private static String identityOf(Path file) throws java.io.IOException {
        try {
            java.util.Map<String, Object> unix = Files.readAttributes(file, "unix:dev,ino");
            return "dev" + unix.get("dev") + "-ino" + unix.get("ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Refuses to connect when the file under the workspace's name is no longer the one opened (it was
     * moved, renamed or replaced): SQLite would otherwise create a new empty file, or write to another.
     */
    private void refuseIfMoved() {
        if (identity == null) {
            return;
        }
        String now;
        try {
            now = identityOf(file);
        } catch (java.io.IOException e) {
            now = null; // no file under the name any more
        }
        if (!identity.equals(now)) {
            throw new StoreException("workspace.moved", file + " was moved, renamed or replaced while open;"
                    + " close Sortes and open the workspace by its name now", null, file);
        }
    }

    /** Releases the single-writer lock. */
    @Override
    public void close() {
        try {
            if (identityLockChannel != null) {
                identityLockChannel.close();
                identityLockChannel = null;
            }
            if (lock != null) {
                lock.release();
                lock = null;
            }
            if (lockChannel != null) {
                lockChannel.close();
                lockChannel = null;
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot release the lock of " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private String url() {
        return SqliteUrl.readWrite(file);
    }

    /**
     * The page size of a new workspace (an existing one keeps its own). 16 KiB rather than SQLite's
     * 4 KiB: a million-row import writes and commits 15-25 % faster (fewer pages to split, link and
     * log), measured with the same rows through the same driver; browsing reads are unaffected.
     */
    static final int NEW_PAGE_SIZE = 16_384;

    /** Migrations run through this; on a new file it also fixes the page size before any table exists. */
    private javax.sql.DataSource dataSource() {
        SQLiteConfig config = new SQLiteConfig();
        // page_size must come before anything initialises the file (setting WAL would): WAL follows
        // on the first connect()
        config.setPageSize(NEW_PAGE_SIZE);
        config.setBusyTimeout(10_000);
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(config);
        ds.setUrl(url());
        return ds;
    }

    /** A new connection in WAL mode with foreign keys on and a busy timeout. */
    public Connection connect() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        refuseIfMoved();
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
