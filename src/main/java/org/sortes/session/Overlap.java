package org.sortes.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a producer on a thread of its own and hands what it produces to the calling thread in
 * batches, so that reading and checking a file overlaps with writing it on a second core. The
 * caller's thread does all the writing (one SQLite connection, one thread). A failure on either
 * side stops both and is thrown to the caller.
 */
final class Overlap {
    private static final int BATCH = 1_000;

    private Overlap() {
    }

    static <T, R> R run(Function<Consumer<T>, R> producer, Consumer<T> consumer) {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(4);
        List<T> end = new ArrayList<>(0);
        AtomicBoolean consumerFailed = new AtomicBoolean();
        CompletableFuture<R> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            try {
                R r = producer.apply(item -> {
                    batch.get(0).add(item);
                    if (batch.get(0).size() == BATCH) {
                        hand(queue, batch.get(0), consumerFailed);
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                });
                hand(queue, batch.get(0), consumerFailed);
                result.complete(r);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                try {
                    hand(queue, end, consumerFailed);
                } catch (RuntimeException ignored) {
                    // the consumer is gone and will not wait for the end marker
                }
            }
        }, "sortes-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<T> b = queue.take(); b != end; b = queue.take()) {
                b.forEach(consumer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            consumerFailed.set(true);
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException | Error e) {
            consumerFailed.set(true);
            join(reader);
            throw e;
        }
        join(reader);
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> batch, AtomicBoolean consumerFailed) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (consumerFailed.get()) {
                    throw new IllegalStateException("the writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
