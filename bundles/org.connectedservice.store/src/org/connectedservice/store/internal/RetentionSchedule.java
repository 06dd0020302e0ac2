package org.connectedservice.store.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * When the history writer deletes expired readings: a pass starts every retentionInterval (the first at once) and
 * runs for at most 20 ms per call, so the writer interleaves it with its batches. Used by the writer thread
 * only.
 */
final class RetentionSchedule {

    private static final System.Logger LOG = System.getLogger(RetentionSchedule.class.getName());
    private static final long STEP_BUDGET_NANOS = 20_000_000;

    private final Database database;
    private final Clock clock;
    private final HistorySettings settings;
    private HistoryRetention pass;
    private Instant nextPass = Instant.MIN;

    RetentionSchedule(Database database, Clock clock, HistorySettings settings) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
    }

    /** True while a pass has chunks left, so the writer should come back without waiting for readings. */
    boolean busy() {
        return pass != null;
    }

    void work() {
        Instant now = clock.instant();
        try {
            if (pass == null && !now.isBefore(nextPass)) {
                nextPass = now.plus(settings.retentionInterval());
                pass = HistoryRetention.start(database, now.minus(settings.retention()));
            }
            long started = System.nanoTime();
            boolean more = pass != null;
            while (more && System.nanoTime() - started < STEP_BUDGET_NANOS) {
                more = pass.step();
            }
            if (pass != null && !more) {
                LOG.log(Level.DEBUG, "history retention deleted " + pass.deleted() + " expired readings");
                pass = null;
            }
        } catch (RuntimeException e) {
            pass = null;
            LOG.log(Level.WARNING, "could not delete the readings older than " + settings.retention().toDays()
                    + " days from the history; trying again in " + settings.retentionInterval(), e);
        }
    }
}
