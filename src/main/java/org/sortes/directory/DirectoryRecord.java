package org.sortes.directory;

import java.util.Arrays;

/**
 * One record of a register in canonical stored form: values in the register's field order,
 * null where empty. Typed views (MarketSubject, Inspector, ...) are built from it.
 */
public record DirectoryRecord(Register register, String key, String[] values, boolean retired) {

    public DirectoryRecord {
        if (values.length != register.fields().size()) {
            throw new IllegalArgumentException(register + " needs " + register.fields().size() + " values");
        }
        values = values.clone();
    }

    public static DirectoryRecord of(Register register, String[] values) {
        return new DirectoryRecord(register, register.keyOf(values), values, false);
    }

    public String get(String fieldKey) {
        return values[register.indexOf(fieldKey)];
    }

    @Override
    public String[] values() {
        return values.clone();
    }

    public DirectoryRecord withRetired(boolean r) {
        return new DirectoryRecord(register, key, values, r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryRecord other && register == other.register && key.equals(other.key)
                && retired == other.retired && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return register.table() + ":" + key + Arrays.toString(values) + (retired ? " (retired)" : "");
    }
}
