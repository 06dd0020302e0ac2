package org.connectedservice.store.internal;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The telemetry history, in the workspace database or in Azure SQL as the connection profile says (see
 * {@link StoreConnection}, which also writes what was appended before it stops). Readings are kept for
 * -Dconnectedservice.history.retentionDays (30 by default).
 */
@Component(service = TelemetryHistory.class)
public class ConsoleHistory implements TelemetryHistory {

    private final StoreTargets targets;

    @Activate
    public ConsoleHistory(@Reference StoreConnection connection) {
        this.targets = connection.targets();
    }

    /* Readings stored before a switch stay where they were written, seen again once that database is in use. */
    private SqlTelemetryHistory history() {
        return targets.current().history();
    }

    @Override
    public void append(Reading reading) {
        history().append(reading);
    }

    @Override
    public void flush() {
        history().flush();
    }

    @Override
    public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets) {
        return history().buckets(deviceId, measurement, from, to, buckets);
    }

    @Override
    public SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
        return history().series(deviceId, measurement, from, to);
    }

    @Override
    public List<SeriesKey> traces(Instant from, Instant to) {
        return history().traces(from, to);
    }

    @Override
    public long storedReadings() {
        return history().storedReadings();
    }
}
