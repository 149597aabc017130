package org.sortes.session;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The stages of a draw session and the only moves between them. The store's guards (a
 * compare-and-set on the stored state) and the services' refusals both come from this table.
 */
public enum SessionState {
    PLANNED, FROZEN, COMMITTED, REVEALED, DRAWN, LOCKED, ABORTED, VOIDED;

    /** As stored and shown to scripts: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the state's name in the user's language. */
    public String messageKey() {
        return "state." + code();
    }

    /** The states this one may move to. */
    public Set<SessionState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(FROZEN, ABORTED);
            case FROZEN -> EnumSet.of(COMMITTED, ABORTED);
            case COMMITTED -> EnumSet.of(REVEALED, ABORTED);
            case REVEALED -> EnumSet.of(DRAWN, ABORTED);
            // after the draw there is no quiet redraw: lock, then void with a reason if it must not count
            case DRAWN -> EnumSet.of(LOCKED);
            case LOCKED -> EnumSet.of(VOIDED);
            case ABORTED, VOIDED -> EnumSet.noneOf(SessionState.class);
        };
    }

    public boolean canMoveTo(SessionState to) {
        return next().contains(to);
    }

    /** The states that may move to target, in order. */
    public static Set<SessionState> from(SessionState target) {
        Set<SessionState> out = EnumSet.noneOf(SessionState.class);
        for (SessionState s : values()) {
            if (s.canMoveTo(target)) {
                out.add(s);
            }
        }
        return out;
    }

    /** True once targets exist: drawn, locked, and voided (whose result stays on record). */
    public boolean drawn() {
        return this == DRAWN || this == LOCKED || this == VOIDED;
    }

    /** Parses a stored code; an unknown code is a damaged workspace, not a user's mistake. */
    public static SessionState of(String code) {
        for (SessionState s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown session state \"" + code + "\"");
    }
}
