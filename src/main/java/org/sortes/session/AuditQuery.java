package org.sortes.session;

/** Which audit events to list; a null field matches everything (from and to: ISO-8601 times, inclusive). */
public record AuditQuery(Long sessionId, String type, String actor, String from, String to) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
