package org.sortes.session;

import org.sortes.audit.AuditLog;
import org.sortes.i18n.ExplainedException;

/**
 * Whether the audit chain is whole: how many events, the hash at its head, and when it is broken the
 * first event that does not hold and why (problem in English; {@link #said()} in the user's words).
 */
public record ChainCheck(boolean intact, long events, String head, Long firstBroken, String problem, String kind) {
    static ChainCheck of(AuditLog.ChainStatus s) {
        return new ChainCheck(s.intact(), s.events(), s.head(), s.firstBroken(), s.problem(), s.kind());
    }

    /** Why the chain is broken, to be said in the user's language ("audit.chain." + kind); null when intact. */
    public ExplainedException said() {
        return kind == null ? null : new ExplainedException("audit.chain." + kind, problem, null, events + 1, firstBroken);
    }
}
