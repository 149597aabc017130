package org.sortes.store;

import java.util.Map;
import org.sortes.directory.Register;

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

    public RegisterQuery withSearch(String s) {
        return new RegisterQuery(register, version, s, filters, includeRetired, sortField, descending, offset, limit);
    }

    public RegisterQuery withFilters(Map<String, String> f) {
        return new RegisterQuery(register, version, search, f, includeRetired, sortField, descending, offset, limit);
    }

    public RegisterQuery page(int newOffset, int newLimit) {
        return new RegisterQuery(register, version, search, filters, includeRetired, sortField, descending,
                newOffset, newLimit);
    }

    public RegisterQuery sortedBy(String field, boolean desc) {
        return new RegisterQuery(register, version, search, filters, includeRetired, field, desc, offset, limit);
    }

    public RegisterQuery withRetired(boolean r) {
        return new RegisterQuery(register, version, search, filters, r, sortField, descending, offset, limit);
    }
}
