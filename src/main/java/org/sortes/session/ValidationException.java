package org.sortes.session;

import java.util.List;

/** A record typed in the form was refused; each message names the field and what is wrong. */
public class ValidationException extends RuntimeException {
    private final List<String> messages;

    public ValidationException(List<String> messages) {
        super(String.join("; ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
