package org.connectedservice.engine.internal.ingest;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as people read them in quarantine reasons: "2.5 s", "40 min", "3 days". */
final class Durations {

    private Durations() {
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 120_000) {
            return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
        }
        long minutes = duration.toMinutes();
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = duration.toHours();
        if (hours < 48) {
            return hours + " h";
        }
        return duration.toDays() + " days";
    }
}
