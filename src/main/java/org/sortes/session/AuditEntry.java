package org.sortes.session;

/**
 * One event of the audit log as the console and the command line show it: its number, time (ISO-8601),
 * who, what (an event type, "audit.type.*" in the bundles), the session if any, its details (canonical
 * JSON) and its hash in the chain.
 */
public record AuditEntry(long seq, String at, String actor, String type, Long sessionId, String payload, String hash) {
}
