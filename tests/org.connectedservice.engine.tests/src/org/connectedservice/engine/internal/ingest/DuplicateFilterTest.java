package org.connectedservice.engine.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    @Test
    void dropsExactlyTheRepeatsStillInMemoryWhileIdsChurnThroughIt() {
        int capacity = 50;
        DuplicateFilter filter = new DuplicateFilter(capacity, Duration.ofHours(1));
        ArrayDeque<String> remembered = new ArrayDeque<>();
        Set<String> rememberedSet = new HashSet<>();
        Random random = new Random(42);
        int dropped = 0;
        for (int i = 0; i < 200_000; i++) {
            String device = "d" + random.nextInt(7);
            String id = Integer.toString(random.nextInt(120));
            String key = device + "/" + id;
            boolean expectedNew = !rememberedSet.contains(key);
            if (expectedNew) {
                if (remembered.size() == capacity) {
                    rememberedSet.remove(remembered.removeFirst());
                }
                remembered.addLast(key);
                rememberedSet.add(key);
            } else {
                dropped++;
            }
            assertEquals(expectedNew, filter.firstTime(device, id, i), "message " + i + " " + key);
        }
        assertEquals(capacity, filter.remembered());
        System.out.println("duplicate filter: " + dropped + " repeats dropped of 200,000");
    }

    @Test
    void messagesWithoutAnIdAreNeverDuplicates() {
        DuplicateFilter filter = new DuplicateFilter(10, Duration.ofMinutes(10));

        assertEquals(true, filter.firstTime("d", null, 0) && filter.firstTime("d", null, 0));
    }
}
