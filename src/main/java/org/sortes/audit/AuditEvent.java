package org.sortes.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sortes.draw.CanonicalJson;
import org.sortes.draw.Sha256;

/**
 * One event of the audit log as stored. Its hash is SHA-256 of the canonical JSON of every other
 * field, the previous event's hash included: {"actor","at","payload","prev","seq","session","type"}.
 *
 * @param payload canonical JSON text of the event's details
 */
public record AuditEvent(long seq, String at, String actor, String type, Long sessionId, String payload,
                         String prevHash, String hash) {

    public static final String GENESIS = "0".repeat(64);

    public static String hashOf(long seq, String at, String actor, String type, Long sessionId, String payload,
                                String prevHash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("at", at);
        m.put("actor", actor);
        m.put("type", type);
        m.put("session", sessionId);
        m.put("payload", payload);
        m.put("prev", prevHash);
        return Sha256.hex(CanonicalJson.write(m));
    }

    public String recomputedHash() {
        return hashOf(seq, at, actor, type, sessionId, payload, prevHash);
    }
}
