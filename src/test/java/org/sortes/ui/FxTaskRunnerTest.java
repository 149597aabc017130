package org.sortes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sortes.progress.CancelledException;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Background jobs: results on the FX thread; a cancel is reported only once the job has stopped. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void cancel_reportedAfterTheJobHasCleanedUp() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean cleanedUp = new AtomicBoolean();
        CompletableFuture<Throwable> reported = new CompletableFuture<>();
        CompletableFuture<Boolean> cleanedWhenReported = new CompletableFuture<>();
        TaskRunner.Handle[] handle = new TaskRunner.Handle[1];
        Platform.runLater(() -> handle[0] = runner.run(p -> {
            started.countDown();
            try {
                while (true) {
                    p.checkCancelled();
                    Thread.sleep(5);
                }
            } finally {
                Thread.sleep(200); // a rollback, a partial file deleted
                cleanedUp.set(true);
            }
        }, done -> reported.complete(null), e -> {
            cleanedWhenReported.complete(cleanedUp.get() && Platform.isFxApplicationThread());
            reported.complete(e);
        }));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Platform.runLater(() -> handle[0].cancel());
        assertInstanceOf(CancelledException.class, reported.get(5, TimeUnit.SECONDS));
        assertTrue(cleanedWhenReported.get(), "the cancel is reported on the FX thread after the job's clean-up");
    }

    @Test
    void result_arrivesOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(p -> "ok", v -> done.complete(
                Platform.isFxApplicationThread() ? v : "wrong thread"), done::completeExceptionally));
        assertEquals("ok", done.get(5, TimeUnit.SECONDS));
    }
}
