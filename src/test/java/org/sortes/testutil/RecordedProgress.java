package org.sortes.testutil;

import java.util.ArrayList;
import java.util.List;
import org.sortes.progress.Progress;

/** A progress that keeps every report (done, total) in order and is never cancelled. */
public final class RecordedProgress implements Progress {
    public final List<long[]> reports = new ArrayList<>();

    @Override
    public void update(long done, long total) {
        reports.add(new long[] {done, total});
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
