package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapTest {

    @Test
    void run_everyItemInOrder_andProducerResultReturned() {
        List<Integer> seen = new ArrayList<>();
        String result = Overlap.<Integer, String>run(sink -> {
            for (int i = 0; i < 10_001; i++) {
                sink.accept(i);
            }
            return "done";
        }, seen::add);
        assertEquals("done", result);
        assertEquals(10_001, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void run_producerFails_sameExceptionToCaller() {
        IllegalArgumentException boom = new IllegalArgumentException("bad file");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Overlap.<Integer, Object>run(sink -> {
            sink.accept(1);
            throw boom;
        }, x -> { }));
        assertSame(boom, thrown);
    }

    @Test
    void run_consumerFails_producerStopsAndErrorReachesCaller() {
        int[] produced = {0};
        assertThrows(IllegalStateException.class, () -> Overlap.<Integer, Object>run(sink -> {
            for (int i = 0; i < 10_000_000; i++) {
                produced[0]++;
                sink.accept(i);
            }
            return null;
        }, x -> {
            if (x == 5_000) {
                throw new IllegalStateException("disk full");
            }
        }));
        assertTrue(produced[0] < 10_000_000, "the producer must stop early, produced " + produced[0]);
    }

    @Test
    void run_anErrorOnEitherSide_reachesTheCallerAsItself() {
        AssertionError producerError = new AssertionError("producer broke");
        assertSame(producerError, assertThrows(AssertionError.class, () -> Overlap.<Integer, Object>run(sink -> {
            sink.accept(1);
            throw producerError;
        }, x -> { })));
        StackOverflowError consumerError = new StackOverflowError("writer broke");
        assertSame(consumerError, assertThrows(StackOverflowError.class, () -> Overlap.<Integer, Object>run(sink -> {
            for (int i = 0; i < 5_000; i++) {
                sink.accept(i);
            }
            return null;
        }, x -> {
            throw consumerError;
        })));
    }

    @Test
    void run_returnsOnlyOnceTheReaderHasEnded() {
        Thread[] reader = {null};
        for (int round = 0; round < 20; round++) {
            Overlap.<Integer, Object>run(sink -> {
                reader[0] = Thread.currentThread();
                sink.accept(1);
                return null;
            }, x -> { });
            assertTrue(!reader[0].isAlive(), "the reader thread is joined before run returns");
        }
    }

    @Test
    void run_interruptedCaller_stopsWithTheInterruptKept() {
        Thread.currentThread().interrupt();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Overlap.<Integer, Object>run(
                    sink -> {
                        for (int i = 0; i < 1_000_000; i++) {
                            sink.accept(i);
                        }
                        return null;
                    }, x -> { }));
            assertEquals("interrupted", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
