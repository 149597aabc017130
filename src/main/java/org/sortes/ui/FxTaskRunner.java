package org.sortes.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;
import org.sortes.imports.Progress;

/** Runs jobs on a background thread as JavaFX Tasks; results and progress arrive on the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sortes-task");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Handle run(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return super.isCancelled();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        task.setOnCancelled(e -> onError.accept(new org.sortes.imports.CancelledException()));
        pool.submit(task);
        return new Handle() {
            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public void cancel() {
                // not cancel(true): an interrupt in the middle of a SQLite write is not needed,
                // the job sees the flag at its next check and rolls back
                task.cancel(false);
            }
        };
    }
}
