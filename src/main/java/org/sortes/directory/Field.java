package org.sortes.directory;

import java.util.List;

/**
 * One column of a register.
 *
 * @param key        the identifier, also the database column name
 * @param chinese    the Chinese header, as official lists print it
 * @param english    the English header
 * @param aliases    further header spellings accepted on import
 * @param type       how values are read and stored
 * @param required   whether an empty value is an error
 * @param filterable whether the register view offers a filter on it
 */
public record Field(String key, String chinese, String english, List<String> aliases, FieldType type,
                    boolean required, boolean filterable) {

    public static Field of(String key, String chinese, String english, FieldType type) {
        return new Field(key, chinese, english, List.of(), type, false, false);
    }

    public Field asRequired() {
        return new Field(key, chinese, english, aliases, type, true, filterable);
    }

    public Field asFilterable() {
        return new Field(key, chinese, english, aliases, type, required, true);
    }

    public Field alias(String... more) {
        return new Field(key, chinese, english, List.of(more), type, required, filterable);
    }
}
