package org.sortes.audit;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sortes.draw.CanonicalJson;

/**
 * Appends events to the hash-chained log inside the caller's transaction, so an action and its
 * event are written together or not at all; verifies and exports the chain.
 */
public final class AuditLog {
    private final Clock clock;
    private final Supplier<String> actor;

    /** The zone the log writes its times in (and reads times without an offset in). */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public AuditLog(Clock clock, Supplier<String> actor) {
        this.clock = clock;
        this.actor = actor;
    }

    /** What the chain check found. */
    /**
     * kind: how the chain breaks at firstBroken — "missing" (an event taken out: firstBroken is the next
     * stored), "link" (not linked to the one before), "changed" (its hash is not its content); null when
     * intact. problem says it in English, for logs.
     */
    public record ChainStatus(boolean intact, long events, String head, Long firstBroken, String problem, String kind) {
    }

    /** Which events to list; null fields match everything. */
    /** from and to: instants, both included (null: no bound); compared as instants, not as the stored text. */
    public record Filter(Long sessionId, String type, String actor, java.time.Instant from, java.time.Instant to) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** A write step that appends this event on the transaction's connection. */
    public Consumer<Connection> event(String type, Long sessionId, Map<String, Object> payload) {
        return c -> {
            try {
                append(c, type, sessionId, payload);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the audit log: " + e.getMessage(), e);
            }
        };
    }

    /** Builds a payload map from alternating keys and values (null values dropped). */
    public static Map<String, Object> payload(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    public AuditEvent append(Connection c, String type, Long sessionId, Map<String, Object> payload) throws SQLException {
        long seq = 1;
        String prev = AuditEvent.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        String at = OffsetDateTime.now(clock).withNano(0).toString();
        String named = actor.get(); // asked once: the services' actor checks the name each time it is asked
        String who = named == null || named.isBlank() ? "unknown" : named;
        String body = CanonicalJson.write(payload);
        String hash = AuditEvent.hashOf(seq, at, who, type, sessionId, body, prev);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_events (seq, at, actor, type, session_id,"
                + " payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, at);
            ps.setString(3, who);
            ps.setString(4, type);
            if (sessionId == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, sessionId);
            }
            ps.setString(6, body);
            ps.setString(7, prev);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
        return new AuditEvent(seq, at, who, type, sessionId, body, prev, hash);
    }

    /** The hash of the newest event (the chain head), or the genesis value when empty. */
    public static String head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : AuditEvent.GENESIS;
        }
    }

    /** Walks the whole chain; names the first event whose number, link or hash is wrong. */
    public static ChainStatus verify(Connection c) throws SQLException {
        long expectedSeq = 1;
        String prev = AuditEvent.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, type, session_id, payload, prev_hash, hash"
                + " FROM audit_events ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEvent e = read(rs);
                if (e.seq() != expectedSeq) {
                    return new ChainStatus(false, expectedSeq - 1, prev, e.seq(), "event " + expectedSeq
                            + " is missing: the next stored event is " + e.seq(), "missing");
                }
                if (!e.prevHash().equals(prev)) {
                    return new ChainStatus(false, expectedSeq - 1, prev, e.seq(), "event " + e.seq()
                            + " does not link to the event before it (deleted, inserted or reordered)", "link");
                }
                if (!e.recomputedHash().equals(e.hash())) {
                    return new ChainStatus(false, expectedSeq - 1, prev, e.seq(), "event " + e.seq()
                            + " was changed after it was written (its hash does not match its content)", "changed");
                }
                prev = e.hash();
                expectedSeq++;
            }
        }
        return new ChainStatus(true, expectedSeq - 1, prev, null, null, null);
    }

    public static List<AuditEvent> list(Connection c, Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, at, actor, type, session_id, payload, prev_hash, hash"
                + " FROM audit_events WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.sessionId() != null) {
            sql.append(" AND session_id = ?");
            args.add(f.sessionId());
        }
        if (f.type() != null && !f.type().isBlank()) {
            sql.append(" AND type = ?");
            args.add(f.type());
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" AND actor = ?");
            args.add(f.actor());
        }
        sql.append(" ORDER BY seq");
        List<AuditEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEvent e = read(rs);
                    // "10:00+08:00" and "10:00:00+08:00" are one instant, and a log may hold several offsets:
                    // times are compared as instants
                    java.time.Instant at = OffsetDateTime.parse(e.at()).toInstant();
                    if ((f.from() == null || !at.isBefore(f.from())) && (f.to() == null || !at.isAfter(f.to()))) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    /** Writes every event as one line of canonical JSON (JSON Lines). */
    public static long exportJsonLines(Connection c, Writer w) throws SQLException, IOException {
        long n = 0;
        for (AuditEvent e : list(c, Filter.all())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", e.seq());
            m.put("at", e.at());
            m.put("actor", e.actor());
            m.put("type", e.type());
            m.put("session", e.sessionId());
            m.put("payload", e.payload());
            m.put("prev", e.prevHash());
            m.put("hash", e.hash());
            w.write(CanonicalJson.write(m));
            w.write('\n');
            n++;
        }
        return n;
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        long session = rs.getLong(5);
        Long sessionId = rs.wasNull() ? null : session;
        return new AuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), sessionId,
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
