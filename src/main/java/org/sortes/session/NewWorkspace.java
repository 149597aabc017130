package org.sortes.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A workspace file made for a step that then failed (a demo, a restore onto a new machine). */
public final class NewWorkspace {
    private NewWorkspace() {
    }

    /**
     * Removes the workspace file made at db and its companions (journal, write-ahead log, lock), once
     * its services are closed: a failed first step leaves no file that looks like a workspace.
     */
    public static void discard(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            } catch (IOException ignored) {
                // what could not be removed stays; the failure the user is told about is the step's own
            }
        }
    }
}
