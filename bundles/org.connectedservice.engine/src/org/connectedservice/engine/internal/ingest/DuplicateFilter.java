package org.connectedservice.engine.internal.ingest;

import java.time.Duration;
import java.util.Arrays;

/**
 * Remembers recent messageIds per device so that an at-least-once redelivery is dropped. Memory is bounded twice:
 * by a count over all devices and by an event-time window, whichever forgets first. The ids live in a ring, in
 * arrival order, indexed by an open-addressing table of 64-bit hashes: a HashSet of 100,000 small objects cost
 * more per message than decoding the message did.
 */
final class DuplicateFilter {

    private static final int EMPTY = -1;

    private final long windowNanos;
    private final String[] deviceIds;
    private final String[] messageIds;
    private final long[] hashes;
    private final long[] times;
    private final int[] table;
    private final int mask;
    private int head;
    private int size;
    private long newest = Long.MIN_VALUE;

    DuplicateFilter(int capacity, Duration window) {
        this.windowNanos = window.toNanos();
        this.deviceIds = new String[capacity];
        this.messageIds = new String[capacity];
        this.hashes = new long[capacity];
        this.times = new long[capacity];
        int tableSize = capacity == 0 ? 1 : Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
        this.table = new int[tableSize];
        this.mask = tableSize - 1;
        Arrays.fill(table, EMPTY);
    }

    /** @return false when this device's messageId was seen recently; a message without an id is always new */
    boolean firstTime(String deviceId, String messageId, long timeNanos) {
        if (messageId == null || deviceIds.length == 0) {
            return true;
        }
        long hash = ((long) deviceId.hashCode() << 32) ^ messageId.hashCode();
        for (int at = indexOf(hash); table[at] != EMPTY; at = (at + 1) & mask) {
            int slot = table[at];
            if (hashes[slot] == hash && messageIds[slot].equals(messageId) && deviceIds[slot].equals(deviceId)) {
                return false;
            }
        }
        if (timeNanos > newest) {
            newest = timeNanos;
            while (size > 0 && times[head] < newest - windowNanos) {
                forgetOldest();
            }
        }
        if (size == deviceIds.length) {
            forgetOldest();
        }
        int slot = (head + size) % deviceIds.length;
        deviceIds[slot] = deviceId;
        messageIds[slot] = messageId;
        hashes[slot] = hash;
        times[slot] = timeNanos;
        table[freeIndexFor(hash)] = slot;
        size++;
        return true;
    }

    int remembered() {
        return size;
    }

    private int indexOf(long hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }

    private int freeIndexFor(long hash) {
        int at = indexOf(hash);
        while (table[at] != EMPTY) {
            at = (at + 1) & mask;
        }
        return at;
    }

    /** Removes the ring's oldest id, closing the gap in its probe run so later lookups still find their ids. */
    private void forgetOldest() {
        int at = indexOf(hashes[head]);
        while (table[at] != head) {
            at = (at + 1) & mask;
        }
        table[at] = EMPTY;
        for (int next = (at + 1) & mask; table[next] != EMPTY; next = (next + 1) & mask) {
            int home = indexOf(hashes[table[next]]);
            boolean movable = at <= next ? home <= at || home > next : home <= at && home > next;
            if (movable) {
                table[at] = table[next];
                table[next] = EMPTY;
                at = next;
            }
        }
        deviceIds[head] = null;
        messageIds[head] = null;
        head = (head + 1) % deviceIds.length;
        size--;
    }
}
