package org.sortes.store;

import java.nio.file.Path;

/** Another Sortes window or command has the workspace open: two writers are never allowed. */
public class WorkspaceLockedException extends StoreException {
    private final Path workspace;

    public WorkspaceLockedException(Path workspace) {
        super("workspace.locked", "workspace " + workspace + " is already open in another Sortes window or command;"
                + " close it there first (two writers are not allowed)", null, workspace);
        this.workspace = workspace;
    }

    public Path workspace() {
        return workspace;
    }
}
