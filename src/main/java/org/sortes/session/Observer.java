package org.sortes.session;

import java.time.Instant;

/** An observer's entry of digits, in the order made (seq from 1). */
public record Observer(int seq, String name, ObserverRole role, String digits, Instant enteredAt,
                       String organisation, String method) {
}
