package org.sortes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which of the driver's libraries is kept in the data folder (the loading: {@code BundledFilesTest}). */
class NativeSqliteTest {
    @Test
    void theLibrary_isTheDriversOwnForThisMachine_andNoneWhereTheDriverKnowsBetter() throws Exception {
        var linux = NativeSqlite.bundled("Linux", "amd64").orElseThrow();
        assertEquals("libsqlitejdbc.so", linux.fileName());
        assertTrue(linux.resource().toString().endsWith("/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"), linux.resource().toString());
        assertTrue(linux.folder().startsWith("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-Linux-x86_64"), linux.folder());
        assertEquals("sqlitejdbc.dll", NativeSqlite.bundled("Windows 11", "amd64").orElseThrow().fileName());
        assertEquals("libsqlitejdbc.dylib", NativeSqlite.bundled("Mac OS X", "aarch64").orElseThrow().fileName());
        assertTrue(NativeSqlite.bundled("Linux", "ppc64le").isEmpty(), "no library in the jar's folder the driver would not use");
        assertTrue(NativeSqlite.bundled("SunOS", "amd64").isEmpty());
    }
}
