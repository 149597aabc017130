package org.sortes.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The outcomes of an inspection as published in the enterprise credit information system. */
public enum ResultOutcome {
    NO_PROBLEM, NOT_AT_REGISTERED_ADDRESS, FALSE_PUBLICITY, NOT_PUBLICISED, ORDERED_TO_CORRECT,
    FURTHER_ACTION, REFUSED_INSPECTION, NO_RELEVANT_ACTIVITY, DEREGISTERED, OTHER;

    /** As stored and typed at the command line: lower case with underscores. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "outcome." + code();
    }

    /** "Other" says nothing by itself: it needs a note. */
    public boolean needsNote() {
        return this == OTHER;
    }

    public static Optional<ResultOutcome> parse(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
    }

    /** The codes, for a message that lists them. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ResultOutcome::code).toList());
    }
}
