package org.sortes.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;
import org.sortes.progress.Progress;

/** Runs jobs on a background thread as JavaFX Tasks; results and progress arrive on the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sortes-task");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Handle run(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onError) {
        // our own flag rather than Task.cancel: the task then ends only when the job has stopped and
        // rolled back (or deleted its partial file), so "cancelled" is reported when it is true
        AtomicBoolean cancelled = new AtomicBoolean();
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
                        return cancelled.get() || Thread.currentThread().isInterrupted();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        pool.submit(task);
        return new Handle() {
            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public void cancel() {
                // no interrupt in the middle of a SQLite write: the job sees the flag at its next
                // check, rolls back and ends with CancelledException, which reaches onError
                cancelled.set(true);
            }
        };
    }
}
