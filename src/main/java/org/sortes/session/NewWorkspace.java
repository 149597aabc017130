package org.sortes.session;

import java.nio.file.Path;

/** A workspace file made for a step that then failed (a demo, a restore onto a new machine). */
public final class NewWorkspace {
    private NewWorkspace() {
    }

    /**
     * Removes the workspace file made at db and its companions (journal, write-ahead log, lock), once
     * its services are closed: a failed first step leaves no file that looks like a workspace. The same
     * removal as a restore's temporary copy; what cannot be removed stays.
     */
    public static void discard(Path db) {
        org.sortes.store.Backups.deleteCopy(db);
    }
}
