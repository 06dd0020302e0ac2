package org.connectedservice.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The telemetry history of the workspace database. Readings are kept for -Dconnectedservice.history.retentionDays
 * (30 by default); on deactivation everything appended is written before the writer stops.
 */
@Component(service = TelemetryHistory.class)
public class EmbeddedHistory implements TelemetryHistory {

    private final SqlTelemetryHistory history;

    @Activate
    public EmbeddedHistory(@Reference WorkspaceDatabase workspaceDatabase) {
        this.history = new SqlTelemetryHistory(workspaceDatabase.database(), Clock.systemUTC(),
                HistorySettings.fromProperties(System::getProperty));
    }

    @Deactivate
    void close() {
        history.close();
    }

    @Override
    public void append(Reading reading) {
        history.append(reading);
    }

    @Override
    public void flush() {
        history.flush();
    }

    @Override
    public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets) {
        return history.buckets(deviceId, measurement, from, to, buckets);
    }

    @Override
    public SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
        return history.series(deviceId, measurement, from, to);
    }

    @Override
    public List<SeriesKey> traces(Instant from, Instant to) {
        return history.traces(from, to);
    }

    @Override
    public long storedReadings() {
        return history.storedReadings();
    }
}
