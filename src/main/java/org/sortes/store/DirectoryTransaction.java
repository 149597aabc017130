package org.sortes.store;

import org.sortes.directory.DirectoryVersion;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sortes.directory.Register;
import org.sortes.directory.RowState;

/**
 * One all-or-nothing change to the directories, possibly of several registers at once (an
 * inspectors import that brings new departments). Close without commit and nothing happened.
 */
public final class DirectoryTransaction implements AutoCloseable {
    private final Connection db;
    private final DirectoryStore store;
    private final Map<Register, VersionWriter> writers = new EnumMap<>(Register.class);
    private final List<java.util.function.Consumer<Connection>> alsoWrite = new ArrayList<>();
    private boolean committed;

    DirectoryTransaction(Connection db, DirectoryStore store) {
        this.db = db;
        this.store = store;
        try {
            try (var st = db.createStatement()) {
                // a large import touches many index pages: 64 MiB of page cache for this connection
                st.execute("PRAGMA cache_size = -65536");
            }
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw DirectoryStore.fail("start a transaction", e);
        }
    }

    /** The writer of a register's new version in this transaction (made on first use). */
    public VersionWriter version(Register register, VersionInfo info) {
        return writers.computeIfAbsent(register, r -> new VersionWriter(db, r, info, store.currentState(r)));
    }

    /** Adds a write (an audit event) that commits or rolls back with this transaction. */
    public void alsoWrite(java.util.function.Consumer<Connection> step) {
        alsoWrite.add(step);
    }

    /** Commits every version written; returns them with their counts. */
    public List<DirectoryVersion> commit() {
        List<DirectoryVersion> done = new ArrayList<>();
        for (VersionWriter w : writers.values()) {
            done.add(w.finish());
        }
        alsoWrite.forEach(step -> step.accept(db));
        try {
            db.commit();
            committed = true;
        } catch (SQLException e) {
            throw DirectoryStore.fail("commit", e);
        }
        return done;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                db.rollback();
            }
        } catch (SQLException ignored) {
            // closing the connection discards the open transaction anyway
        } finally {
            try {
                db.close();
            } catch (SQLException e) {
                throw DirectoryStore.fail("close the transaction", e);
            }
        }
    }
}
