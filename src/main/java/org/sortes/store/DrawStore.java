package org.sortes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Draw sessions in the workspace. Every stage is one transaction guarded by the state it starts
 * from, so a stage cannot run twice or out of order, even from two windows.
 */
public final class DrawStore implements AutoCloseable {
    private final Connection db;

    public DrawStore(Workspace workspace) {
        this.db = workspace.connect();
    }

    /**
     * A stage's move: allowed only while the stored state is one of from (the session layer's
     * transition table gives both), checked and made in the same statement.
     */
    public record StateChange(java.util.Set<String> from, String to) {
        public StateChange {
            from = java.util.Set.copyOf(from);
        }

        String guard() {
            return "state IN (" + String.join(", ", java.util.Collections.nCopies(from.size(), "?")) + ")";
        }
    }

    /** An observer's entry as stored. */
    public record ObserverRow(int seq, String name, String role, String digits, String enteredAt, String organisation,
                              String method) {
    }

    /** Creates a session; alsoWrite gets the connection and the new id, inside the same transaction. */
    public synchronized long create(String name, String createdAt, String actor, String initialState, String planJson,
                                    String planDigest, boolean rehearsal,
                                    java.util.function.LongFunction<Consumer<Connection>> alsoWrite) {
        long[] id = {0};
        inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO draw_sessions (name, created_at, actor, state,"
                    + " plan_json, plan_digest, rehearsal) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, createdAt);
                ps.setString(3, actor);
                ps.setString(4, initialState);
                ps.setString(5, planJson);
                ps.setString(6, planDigest);
                ps.setInt(7, rehearsal ? 1 : 0);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
            alsoWrite.apply(id[0]).accept(db);
        });
        return id[0];
    }

    public synchronized Optional<DrawSessionRow> get(long id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT * FROM draw_sessions WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read draw session " + id, e);
        }
    }

    public synchronized List<DrawSessionRow> list() {
        List<DrawSessionRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT * FROM draw_sessions ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read draw sessions", e);
        }
        return out;
    }

    public synchronized void freeze(long id, StateChange change, long subjectsVersion, long inspectorsVersion,
                                    String candidatesDigest, String inspectorsDigest, long candidates, long pool,
                                    String registerDigest, long drawnBasis, String exclusions, String stratumSizes,
                                    String at, FrozenLists lists, Consumer<Connection> alsoWrite) {
        Consumer<Connection> withLists = alsoWrite.andThen(c -> {
            execute("INSERT INTO frozen_lists (session_id, kind, deflated) VALUES (?, 'candidates', ?)", id,
                    lists.candidates());
            execute("INSERT INTO frozen_lists (session_id, kind, deflated) VALUES (?, 'inspectors', ?)", id,
                    lists.inspectors());
        });
        update(id, change, withLists, "subjects_version = ?, inspectors_version = ?, candidates_digest = ?,"
                + " inspectors_digest = ?, candidate_count = ?, pool_count = ?, register_digest = ?, drawn_basis = ?,"
                + " exclusions = ?, stratum_sizes = ?, frozen_at = ?", subjectsVersion, inspectorsVersion,
                candidatesDigest, inspectorsDigest, candidates, pool, registerDigest, drawnBasis, exclusions,
                stratumSizes, at);
    }

    /** A freeze's canonical lists, each deflated. */
    public record FrozenLists(byte[] candidates, byte[] inspectors) {
    }

    /** The lists stored at a session's freeze; null for a session frozen before they were stored. */
    public synchronized FrozenLists frozenLists(long id) {
        byte[] candidates = null;
        byte[] inspectors = null;
        try (PreparedStatement ps = db.prepareStatement("SELECT kind, deflated FROM frozen_lists WHERE session_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("candidates")) {
                        candidates = rs.getBytes(2);
                    } else {
                        inspectors = rs.getBytes(2);
                    }
                }
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read a session's frozen lists", e);
        }
        return candidates == null || inspectors == null ? null : new FrozenLists(candidates, inspectors);
    }

    /** The audit sequence number the next event will get: earlier draws are counted up to it. */
    public synchronized long drawnBasis() {
        try (PreparedStatement ps = db.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_events");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw DirectoryStore.fail("read the audit log", e);
        }
    }

    public synchronized void commit(long id, StateChange change, String commitment, String at,
                                    Consumer<Connection> alsoWrite) {
        update(id, change, alsoWrite, "commitment = ?, committed_at = ?", commitment, at);
    }

    public synchronized void addObserver(long id, String requiredState, String name, String role, String organisation,
                                         String method, String digits, String at, Consumer<Connection> alsoWrite) {
        inTransaction(() -> {
            requireState(id, requiredState);
            execute("INSERT INTO draw_observers (session_id, seq, name, role, organisation, method, digits, entered_at)"
                    + " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ? FROM draw_observers WHERE session_id = ?",
                    id, name, role, organisation, method, digits, at, id);
            alsoWrite.accept(db);
        });
    }

    public synchronized void setBeacon(long id, String requiredState, String value, String source,
                                       Consumer<Connection> alsoWrite) {
        update(id, new StateChange(java.util.Set.of(requiredState), requiredState), alsoWrite,
                "beacon_value = ?, beacon_source = ?", value, source);
    }

    public synchronized void reveal(long id, StateChange change, String secret, String at,
                                    Consumer<Connection> alsoWrite) {
        update(id, change, alsoWrite, "secret = ?, revealed_at = ?", secret, at);
    }

    /** Stores the draw's seed and targets and moves on, all in one transaction. */
    public synchronized void saveDraw(long id, StateChange change, String seed, List<StoredTarget> targets, String at,
                                      Consumer<Connection> alsoWrite) {
        inTransaction(() -> {
            requireState(id, change);
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO draw_targets (session_id, rank, subject_id,"
                    + " stratum, region, ticket, team, shortfall) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredTarget t : targets) {
                    ps.setLong(1, id);
                    ps.setInt(2, t.rank());
                    ps.setString(3, t.subjectId());
                    ps.setInt(4, t.stratum());
                    ps.setString(5, t.region());
                    ps.setString(6, t.ticket());
                    ps.setString(7, t.team());
                    ps.setString(8, t.shortfall());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            execute("UPDATE draw_sessions SET state = ?, seed = ?, drawn_at = ? WHERE id = ?", change.to(), seed, at, id);
            alsoWrite.accept(db);
        });
    }

    /** Records what the officer did about an unstaffed target (only before the lock). */
    public synchronized void decide(long id, String requiredState, int rank, String decision, String at,
                                    Consumer<Connection> alsoWrite) {
        inTransaction(() -> {
            requireState(id, requiredState);
            if (execute("UPDATE draw_targets SET decision = ?, decided_at = ? WHERE session_id = ? AND rank = ?"
                    + " AND shortfall IS NOT NULL", decision, at, id, rank) != 1) {
                throw new StoreException("notUnstaffed", "target " + rank + " of session " + id
                        + " is not an unstaffed target", null, rank, id);
            }
            alsoWrite.accept(db);
        });
    }

    /** Locks the session; the audit chain head after alsoWrite's event is stored with it and returned. */
    public synchronized String lock(long id, StateChange change, String at, Consumer<Connection> alsoWrite) {
        String[] h = {null};
        inTransaction(() -> {
            requireState(id, change);
            alsoWrite.accept(db);
            h[0] = org.sortes.audit.AuditLog.head(db);
            execute("UPDATE draw_sessions SET state = ?, locked_at = ?, audit_head = ? WHERE id = ?", change.to(), at,
                    h[0], id);
        });
        return h[0];
    }

    public synchronized void abort(long id, StateChange change, String reason, String at,
                                   Consumer<Connection> alsoWrite) {
        update(id, change, alsoWrite, "aborted_at = ?, abort_reason = ?", at, reason);
    }

    /** Voids a locked session: its targets stay, its state and the reason say it no longer counts. */
    public synchronized void voidSession(long id, StateChange change, String reason, String at,
                                         Consumer<Connection> alsoWrite) {
        update(id, change, alsoWrite, "voided_at = ?, void_reason = ?", at, reason);
    }

    /**
     * The subjects drawn by the sessions that count for a freeze with the given basis: locked by an
     * audit event numbered below it and not voided by one below it (the same answer whenever it is
     * asked), with each session's plan; the caller reads the session dates from the plans.
     */
    public synchronized List<DrawnBefore> drawnBefore(long basis, long excludeSession) {
        List<DrawnBefore> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT s.id, s.plan_json, t.subject_id FROM draw_sessions s"
                + " JOIN draw_targets t ON t.session_id = s.id WHERE s.id <> ? AND s.rehearsal = 0"
                + " AND EXISTS (SELECT 1 FROM audit_events a WHERE a.session_id = s.id AND a.type = 'lock' AND a.seq < ?)"
                + " AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.session_id = s.id AND a.type = 'void'"
                + " AND a.seq < ?) ORDER BY s.id, t.rank")) {
            ps.setLong(1, excludeSession);
            ps.setLong(2, basis);
            ps.setLong(3, basis);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DrawnBefore(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read earlier draws", e);
        }
        return out;
    }

    /** One target of an earlier locked session. */
    public record DrawnBefore(long session, String planJson, String subjectId) {
    }

    /** Records an event that changes no session row (e.g. a proof export) in its own transaction. */
    public synchronized void record(Consumer<Connection> event) {
        inTransaction(() -> event.accept(db));
    }

    public synchronized List<ObserverRow> observers(long id) {
        List<ObserverRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT seq, name, role, digits, entered_at, organisation, method FROM draw_observers"
                + " WHERE session_id = ? ORDER BY seq")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ObserverRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read observers", e);
        }
        return out;
    }

    public synchronized List<StoredTarget> targets(long id) {
        List<StoredTarget> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT rank, subject_id, stratum, region, ticket, team,"
                + " shortfall, decision, decided_at FROM draw_targets WHERE session_id = ? ORDER BY rank")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredTarget(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read targets", e);
        }
        return out;
    }

    /**
     * Adds an inspection result of a locked session's target, with its audit event, in one
     * transaction. expectedCurrent is the entry the caller saw as current (null: none); if another
     * entry has been added since, nothing is written and the caller is told.
     */
    public synchronized long addResult(ResultRow r, String requiredState, Long expectedCurrent,
                                       Consumer<Connection> alsoWrite) {
        long[] id = {0};
        inTransaction(() -> {
            requireState(r.sessionId(), requiredState);
            Long current = currentResult(r.sessionId(), r.rank());
            if (!java.util.Objects.equals(current, expectedCurrent)) {
                throw new StoreException("target " + r.rank() + " of session " + r.sessionId()
                        + " has a newer result (#" + current + ") than the one corrected");
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO inspection_results (session_id, rank, outcome,"
                    + " inspected_on, note, supersedes, reason, recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.sessionId());
                ps.setInt(2, r.rank());
                ps.setString(3, r.outcome());
                ps.setString(4, r.inspectedOn());
                ps.setString(5, r.note());
                ps.setObject(6, r.supersedes());
                ps.setString(7, r.reason());
                ps.setString(8, r.recordedAt());
                ps.setString(9, r.actor());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
            alsoWrite.accept(db);
        });
        return id[0];
    }

    private Long currentResult(long session, int rank) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT max(id) FROM inspection_results"
                + " WHERE session_id = ? AND rank = ?")) {
            ps.setLong(1, session);
            ps.setInt(2, rank);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    /** Every result entry of a session, oldest first. */
    public synchronized List<ResultRow> results(long session) {
        List<ResultRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, session_id, rank, outcome, inspected_on, note,"
                + " supersedes, reason, recorded_at, actor FROM inspection_results WHERE session_id = ? ORDER BY id")) {
            ps.setLong(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ResultRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), longOrNull(rs, "supersedes"), rs.getString(8), rs.getString(9),
                            rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("read inspection results", e);
        }
        return out;
    }

    private String stateOf(long id) {
        return get(id).map(DrawSessionRow::state).orElse("unknown");
    }

    private void requireState(long id, String state) {
        requireState(id, new StateChange(java.util.Set.of(state), state));
    }

    private void requireState(long id, StateChange change) {
        String actual = stateOf(id);
        if (!change.from().contains(actual)) {
            throw refused(id, actual, change);
        }
    }

    /**
     * The session layer refuses a wrong stage in the user's words before it gets here; this guard
     * catches another window or command that moved the session in between.
     */
    private static StoreException refused(long id, String actual, StateChange change) {
        return new StoreException("stateChanged", "session " + id + " is " + actual + ", not "
                + String.join(" or ", new java.util.TreeSet<>(change.from())), null, id);
    }

    /** Sets the columns and moves the state in one statement guarded by the state it starts from. */
    private void update(long id, StateChange change, Consumer<Connection> alsoWrite, String set, Object... args) {
        inTransaction(() -> {
            List<Object> all = new ArrayList<>(List.of(args));
            all.add(change.to());
            all.add(id);
            all.addAll(change.from());
            if (execute("UPDATE draw_sessions SET " + set + ", state = ? WHERE id = ? AND " + change.guard(),
                    all.toArray()) != 1) {
                throw refused(id, stateOf(id), change);
            }
            alsoWrite.accept(db);
        });
    }

    private int execute(String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DirectoryStore.fail("update a draw session", e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("write a draw session", e);
        }
    }

    private static DrawSessionRow row(ResultSet rs) throws SQLException {
        return new DrawSessionRow(rs.getLong("id"), rs.getString("name"), rs.getString("created_at"),
                rs.getString("actor"), rs.getString("state"), rs.getString("plan_json"), rs.getString("plan_digest"),
                longOrNull(rs, "subjects_version"), longOrNull(rs, "inspectors_version"),
                rs.getString("candidates_digest"), rs.getString("inspectors_digest"),
                longOrNull(rs, "candidate_count"), longOrNull(rs, "pool_count"),
                rs.getString("exclusions"), rs.getString("stratum_sizes"), rs.getString("frozen_at"),
                rs.getString("commitment"), rs.getString("committed_at"), rs.getString("beacon_value"),
                rs.getString("beacon_source"), rs.getString("secret"), rs.getString("revealed_at"),
                rs.getString("seed"), rs.getString("drawn_at"), rs.getString("locked_at"), rs.getString("aborted_at"),
                rs.getString("abort_reason"), rs.getString("audit_head"), rs.getString("register_digest"), longOrNull(rs, "drawn_basis"),
                rs.getString("voided_at"), rs.getString("void_reason"), rs.getInt("rehearsal") == 1);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw DirectoryStore.fail("close", e);
        }
    }
}
