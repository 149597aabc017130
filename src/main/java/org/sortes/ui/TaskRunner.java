package org.sortes.ui;

import java.util.function.Consumer;
import org.sortes.progress.Progress;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. Tests use
 * {@link #sameThread()}, which runs everything at once.
 */
public interface TaskRunner {

    /** Work that reports progress and can be cancelled. */
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** A running job: its progress (0..1, or -1 while unknown) and a way to cancel it. */
    interface Handle {
        javafx.beans.property.ReadOnlyDoubleProperty progress();

        void cancel();
    }

    <T> Handle run(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onError);

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> Handle run(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onError) {
                javafx.beans.property.SimpleDoubleProperty p = new javafx.beans.property.SimpleDoubleProperty();
                try {
                    onDone.accept(job.run(Progress.NONE));
                } catch (Exception e) {
                    onError.accept(e);
                }
                return new Handle() {
                    @Override
                    public javafx.beans.property.ReadOnlyDoubleProperty progress() {
                        return p;
                    }

                    @Override
                    public void cancel() {
                    }
                };
            }
        };
    }
}
