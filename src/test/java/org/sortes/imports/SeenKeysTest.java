package org.sortes.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeenKeysTest {
    @Test
    void putIfAbsent_newKeysAcrossGrowth_thenEachRepeatNamesItsFirstRow() {
        SeenKeys seen = new SeenKeys();
        int n = 50_000; // several doublings of the table
        for (int i = 0; i < n; i++) {
            assertEquals(-1, seen.putIfAbsent("91620102MA" + i, i + 2L), "key " + i);
        }
        assertEquals(n, seen.size());
        for (int i = 0; i < n; i += 997) {
            assertEquals(i + 2L, seen.putIfAbsent("91620102MA" + i, 999_999L));
        }
        assertEquals(-1, seen.putIfAbsent("", 0));
        assertEquals(0, seen.putIfAbsent("", 5));
        assertEquals(n + 1, seen.size());
    }
}
