package org.sortes.directory;

import java.time.LocalDate;
import java.util.List;

/** Reads canonical stored values back into Java types. */
final class Values {
    private Values() {
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static int count(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }

    static List<String> list(String joined) {
        return joined == null ? List.of() : List.of(joined.split(";"));
    }
}
