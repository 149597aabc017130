package org.sortes.session;

/**
 * One event of the audit log as the console and the command line show it: its number, time (ISO-8601),
 * who, what (an event type), the session if any, its details (canonical JSON) and its hash in the chain.
 */
public record AuditEntry(long seq, String at, String actor, String type, Long sessionId, String payload, String hash) {

    /**
     * Every event type the services write, in the order of a workspace's life; each is said in the
     * user's language by "audit.type." + type (the bundle test holds the services to this list).
     */
    public static final java.util.List<String> TYPES = java.util.List.of("demo", "import", "record.add",
            "record.edit", "record.retire", "plan.create", "freeze", "commit", "entropy", "beacon", "reveal.refused",
            "reveal", "draw", "decide", "lock", "abort", "void", "document", "print", "export", "result", "backup",
            "restore", "settings");

    /** The message key that names an event type; null for a type this version does not know. */
    public static String typeKey(String type) {
        return TYPES.contains(type) ? "audit.type." + type : null;
    }
}
