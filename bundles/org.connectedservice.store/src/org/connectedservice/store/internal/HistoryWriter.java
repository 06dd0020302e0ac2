package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.connectedservice.core.model.Reading;

/**
 * The one thread that writes the history. Ingestion hands readings over through a bounded queue; the writer
 * gathers them into batches (up to batchRows rows or batchDelay) and writes each in one transaction, and deletes
 * expired readings between batches.
 * <p>
 * When the queue is full, append waits up to appendPatience for room (a short stall lets the writer catch up
 * without losing anything); if there is still none, the reading is dropped and counted, and later appends drop at
 * once until the queue has room again, so a stalled disk never stalls ingestion. The first drop is logged.
 */
final class HistoryWriter {

    /** Put in the queue by flush; done once everything queued before it is committed (or failed). */
    private static final class FlushMark {
        final CountDownLatch done = new CountDownLatch(1);
        volatile RuntimeException failure;
    }

    private static final System.Logger LOG = System.getLogger(HistoryWriter.class.getName());
    private static final long IDLE_POLL_MILLIS = 1_000;
    private static final long LIVENESS_CHECK_MILLIS = 100;

    private final HistorySettings settings;
    private final HistoryRows rows;
    private final RetentionSchedule retention;
    private final BlockingQueue<Object> queue;
    private final Object stop = new Object();
    private final Thread thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean dropLogged = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean shedding;

    private RuntimeException unreportedFailure;
    private boolean failing;

    HistoryWriter(Database database, Clock clock, HistorySettings settings) {
        this.settings = settings;
        this.rows = new HistoryRows(database);
        this.retention = new RetentionSchedule(database, clock, settings);
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.thread = new Thread(this::run, "connectedservice-history-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void append(Reading reading) {
        Objects.requireNonNull(reading, "reading");
        if (closed.get()) {
            dropped.incrementAndGet();
            return;
        }
        if (queue.offer(reading)) {
            if (shedding) {
                shedding = false;
            }
            return;
        }
        if (!shedding && offerPatiently(reading)) {
            return;
        }
        shedding = true;
        dropped.incrementAndGet();
        if (dropLogged.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "the telemetry history cannot keep up: its queue of " + settings.queueCapacity()
                    + " readings stayed full for " + settings.appendPatience().toMillis() + " ms, so readings are"
                    + " left out of the history until it catches up (alerting still sees them). Slow the telemetry"
                    + " down or give the workspace a faster disk; dropped readings are counted, not logged.");
        }
    }

    private boolean offerPatiently(Reading reading) {
        try {
            return queue.offer(reading, settings.appendPatience().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Blocks until everything appended before this call is committed; says so when some of it could not be. */
    void flush() {
        if (!thread.isAlive()) {
            return;
        }
        FlushMark mark = new FlushMark();
        try {
            while (!queue.offer(mark, LIVENESS_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
            while (!mark.done.await(LIVENESS_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the history to be written", e);
        }
        if (mark.failure != null) {
            throw new StoreException("some readings appended before this flush could not be stored in the history: "
                    + mark.failure.getMessage(), mark.failure);
        }
    }

    /** Writes what is queued, then stops the writer; readings appended later are counted as dropped. */
    void close() {
        if (!closed.compareAndSet(false, true) || !thread.isAlive()) {
            return;
        }
        try {
            boolean queued = false;
            while (!queued && thread.isAlive()) {
                queued = queue.offer(stop, LIVENESS_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Object left; (left = queue.poll()) != null;) {
            if (left instanceof FlushMark mark) {
                mark.done.countDown();
            } else if (left instanceof Reading) {
                dropped.incrementAndGet();
            }
        }
    }

    long dropped() {
        return dropped.get();
    }

    long failed() {
        return failed.get();
    }

    long skipped() {
        return skipped.get();
    }

    /* The first clean-up starts before the first batch: a workspace opened after a month sheds its old readings. */
    private void run() {
        List<Object> batch = new ArrayList<>();
        boolean stopping = false;
        retention.work();
        while (!stopping) {
            try {
                Object first = retention.busy() ? queue.poll()
                        : queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    stopping = gather(first, batch);
                    write(batch);
                    batch.clear();
                }
                retention.work();
            } catch (InterruptedException e) {
                stopping = true;
            }
        }
    }

    /** Adds queued items to the batch until it is full, its time is up or a flush waits; true when told to stop. */
    private boolean gather(Object first, List<Object> batch) throws InterruptedException {
        long deadline = System.nanoTime() + settings.batchDelay().toNanos();
        boolean flushWaits = false;
        int rowCount = 0;
        Object next = first;
        while (true) {
            if (next == stop) {
                return true;
            }
            batch.add(next);
            if (next instanceof Reading reading) {
                rowCount += reading.values().size();
            } else {
                flushWaits = true;
            }
            if (rowCount >= settings.batchRows()) {
                return false;
            }
            next = queue.poll();
            if (next == null && !flushWaits) {
                next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            if (next == null) {
                return false;
            }
        }
    }

    private void write(List<Object> batch) {
        List<Reading> readings = new ArrayList<>(batch.size());
        List<FlushMark> marks = new ArrayList<>();
        for (Object item : batch) {
            if (item instanceof Reading reading) {
                readings.add(reading);
            } else {
                marks.add((FlushMark) item);
            }
        }
        if (!readings.isEmpty()) {
            store(readings);
        }
        for (FlushMark mark : marks) {
            mark.failure = unreportedFailure;
            mark.done.countDown();
        }
        if (!marks.isEmpty()) {
            unreportedFailure = null;
        }
    }

    private void store(List<Reading> readings) {
        try {
            skipped.addAndGet(rows.write(readings).skipped());
            if (failing) {
                failing = false;
                LOG.log(Level.INFO, "the telemetry history stores readings again");
            }
        } catch (RuntimeException e) {
            failed.addAndGet(readings.size());
            unreportedFailure = e;
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "the telemetry history could not store " + readings.size()
                        + " readings; they are lost for the history (alerting still saw them), and later failures"
                        + " are counted until writing works again", e);
            }
        }
    }
}
