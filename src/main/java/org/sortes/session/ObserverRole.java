package org.sortes.session;

import java.util.Locale;
import java.util.Optional;

/** Who an observer is (公证员, 人大代表, 政协委员, 媒体, 纪检监察, 其他). */
public enum ObserverRole {
    NOTARY, NPC_DEPUTY, CPPCC_MEMBER, MEDIA, DISCIPLINE, OTHER;

    /** As stored, written in proofs and typed at the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "role." + code();
    }

    /** The codes, for a message that lists them. */
    public static String codes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ObserverRole::code).toList());
    }

    /** Parses a code as typed or stored; empty when it is none of the roles. */
    public static Optional<ObserverRole> parse(String code) {
        for (ObserverRole r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
