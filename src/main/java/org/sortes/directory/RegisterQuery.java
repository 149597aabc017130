package org.sortes.directory;

import java.util.Map;

/**
 * A page of a register as of a version (0 = current).
 *
 * @param search  text matched anywhere in the key or the name
 * @param filters field key to wanted value; region codes match as prefixes (6201 selects 620102)
 */
public record RegisterQuery(Register register, long version, String search, Map<String, String> filters,
                            boolean includeRetired, String sortField, boolean descending, int offset, int limit) {

    public static RegisterQuery all(Register register) {
        return new RegisterQuery(register, 0, "", Map.of(), false, null, false, 0, Integer.MAX_VALUE);
    }

    public RegisterQuery page(int newOffset, int newLimit) {
        return new RegisterQuery(register, version, search, filters, includeRetired, sortField, descending,
                newOffset, newLimit);
    }

    public RegisterQuery withRetired(boolean r) {
        return new RegisterQuery(register, version, search, filters, r, sortField, descending, offset, limit);
    }
}
