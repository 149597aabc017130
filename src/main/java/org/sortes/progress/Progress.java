package org.sortes.progress;

/** Where a long job reports how far it got and learns whether it was cancelled. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Work done out of total (same unit, e.g. bytes or rows); total 0 when unknown. */
    void update(long done, long total);

    boolean isCancelled();

    /** Throws {@link CancelledException} once cancelled; long loops call it often. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Reports through this listener, scaled into the part [from, to) of 0..1000. */
    default Progress part(int from, int to) {
        Progress outer = this;
        return new Progress() {
            @Override
            public void update(long done, long total) {
                if (total <= 0) {
                    outer.update(done, 0); // amount unknown (an .xlsx sheet): stays indeterminate
                    return;
                }
                long inPart = Math.min(done, total) * (to - from) / total;
                outer.update(from + inPart, 1000);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}
