package org.connectedservice.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.service.FaultOutbox;

/** The FaultOutbox contract in memory: claim hides entries until ack or fail; fail retries with backoff. */
final class InMemoryFaultOutbox implements FaultOutbox {

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private record Slot(Fault fault, int attempts, Instant due, boolean claimed, boolean dead) {
    }

    private final Map<Long, Slot> slots = new LinkedHashMap<>();
    private long nextId = 1;
    private RuntimeException appendFailure;
    private int depthCalls;
    private int claimFailures;

    synchronized void refuseAppends(RuntimeException failure) {
        appendFailure = failure;
    }

    synchronized void failNextClaims(int times) {
        claimFailures = times;
    }

    synchronized int depthCalls() {
        return depthCalls;
    }

    synchronized List<Fault> faults() {
        return slots.values().stream().map(Slot::fault).toList();
    }

    @Override
    public synchronized void append(List<Fault> faults) {
        if (appendFailure != null) {
            throw appendFailure;
        }
        for (Fault fault : faults) {
            slots.put(nextId++, new Slot(fault, 0, Instant.MIN, false, false));
        }
    }

    @Override
    public synchronized List<OutboxEntry> claim(int max, Instant now) {
        if (claimFailures > 0) {
            claimFailures--;
            throw new IllegalStateException("database connection lost");
        }
        List<OutboxEntry> claimed = new ArrayList<>();
        for (var entry : slots.entrySet()) {
            Slot slot = entry.getValue();
            if (claimed.size() < max && !slot.claimed() && !slot.dead() && !slot.due().isAfter(now)) {
                entry.setValue(new Slot(slot.fault(), slot.attempts(), slot.due(), true, false));
                claimed.add(new OutboxEntry(entry.getKey(), slot.fault(), slot.attempts()));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void ack(long entryId) {
        slots.remove(entryId);
    }

    @Override
    public synchronized void fail(long entryId, String reason, Instant now) {
        Slot slot = slots.get(entryId);
        int attempts = slot.attempts() + 1;
        Instant due = now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        slots.put(entryId, new Slot(slot.fault(), attempts, due, false, attempts >= MAX_ATTEMPTS));
    }

    @Override
    public synchronized long depth() {
        depthCalls++;
        return slots.values().stream().filter(s -> !s.dead()).count();
    }

    @Override
    public synchronized long deadLettered() {
        return slots.values().stream().filter(Slot::dead).count();
    }
}
