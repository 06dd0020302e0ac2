package org.connectedservice.store.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.connectedservice.core.model.Reading;

/** Child JVM main: appends readings, reporting each total after flush returned, until it is killed. */
public final class FlushingChild {

    static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    static final int DEVICES = 10;
    static final int PER_FLUSH = 1_000;

    private FlushingChild() {
    }

    static Reading reading(int number) {
        return new Reading("pump-" + number % DEVICES, "Pump", T0.plusMillis(number),
                Map.of("Pressure", (double) number));
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        SqlTelemetryHistory history = new SqlTelemetryHistory(database, new TestClock(T0), HistorySettings.defaults());
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            history.append(reading(i));
            if ((i + 1) % PER_FLUSH == 0) {
                history.flush();
                System.out.println("flushed " + (i + 1));
                System.out.flush();
            }
        }
        System.out.println("done");
        System.out.flush();
    }
}
