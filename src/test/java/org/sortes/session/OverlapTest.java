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
}
