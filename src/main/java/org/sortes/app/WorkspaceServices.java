package org.sortes.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.sortes.i18n.I18n;
import org.sortes.session.DirectoryService;
import org.sortes.session.DirectoryServiceImpl;
import org.sortes.session.DrawService;
import org.sortes.session.DrawServiceImpl;
import org.sortes.session.ProofJson;
import org.sortes.session.Services;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DrawStore;
import org.sortes.store.Workspace;

/** Wires the services of one workspace by hand, through constructors. */
public final class WorkspaceServices implements Services {
    private final DirectoryStore store;
    private final DrawStore drawStore;
    private final DirectoryService directory;
    private final DrawService draw;

    private WorkspaceServices(DirectoryStore store, DrawStore drawStore, DirectoryService directory, DrawService draw) {
        this.store = store;
        this.drawStore = drawStore;
        this.directory = directory;
        this.draw = draw;
    }

    public static WorkspaceServices open(Path file, Clock clock, Supplier<String> actor, I18n i18n) {
        Workspace workspace = Workspace.open(file);
        DirectoryStore store = new DirectoryStore(workspace);
        DrawStore drawStore = new DrawStore(workspace);
        return new WorkspaceServices(store, drawStore, new DirectoryServiceImpl(store, clock, actor, i18n),
                new DrawServiceImpl(store, drawStore, clock, actor, ProofJson.mapper()));
    }

    @Override
    public DrawService draw() {
        return draw;
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
        drawStore.close();
        store.close();
    }
}
