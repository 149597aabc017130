package org.sortes.testutil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryServiceImpl;
import org.sortes.store.DirectoryStore;
import org.sortes.store.Workspace;

/** A workspace in a temporary folder with a fixed clock. */
public final class TestWorkspace implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);

    public final Workspace workspace;
    public final DirectoryStore store;
    public final DirectoryServiceImpl directory;
    public final Path file;

    public TestWorkspace(Path dir) {
        file = dir.resolve("test.sortes.db");
        workspace = Workspace.open(file);
        store = new DirectoryStore(workspace);
        directory = new DirectoryServiceImpl(store, CLOCK, () -> "测试员", new I18n(Locale.ENGLISH),
                new org.sortes.audit.AuditLog(CLOCK, () -> "测试员"));
    }

    @Override
    public void close() {
        store.close();
        workspace.close();
    }
}
