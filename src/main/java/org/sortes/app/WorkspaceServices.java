package org.sortes.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryService;
import org.sortes.session.DirectoryServiceImpl;
import org.sortes.session.Services;
import org.sortes.store.DirectoryStore;
import org.sortes.store.Workspace;

/** Wires the services of one workspace by hand, through constructors. */
public final class WorkspaceServices implements Services {
    private final DirectoryStore store;
    private final DirectoryService directory;

    private WorkspaceServices(DirectoryStore store, DirectoryService directory) {
        this.store = store;
        this.directory = directory;
    }

    public static WorkspaceServices open(Path file, Clock clock, Supplier<String> actor, I18n i18n) {
        DirectoryStore store = new DirectoryStore(Workspace.open(file));
        return new WorkspaceServices(store, new DirectoryServiceImpl(store, clock, actor, i18n));
    }

    public Path file() {
        return store.workspace().file();
    }

    @Override
    public DirectoryService directory() {
        return directory;
    }

    @Override
    public void close() {
        store.close();
    }
}
