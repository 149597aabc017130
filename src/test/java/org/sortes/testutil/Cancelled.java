package org.sortes.testutil;

import org.sortes.progress.Progress;

/** A progress listener that says "cancelled" from the start, for jobs that must stop before they write. */
public final class Cancelled implements Progress {
    @Override
    public void update(long done, long total) {
    }

    @Override
    public boolean isCancelled() {
        return true;
    }
}
