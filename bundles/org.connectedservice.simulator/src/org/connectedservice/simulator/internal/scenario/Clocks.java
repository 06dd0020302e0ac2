package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;
import java.util.Locale;

/** Times in scenario messages are offsets from the run's start, as testers write them: +01:30. */
final class Clocks {

    private Clocks() {
    }

    static String offset(Duration d) {
        long millis = d.toMillis();
        String sign = millis < 0 ? "-" : "+";
        long total = Math.abs(millis) / 1000;
        long fraction = Math.abs(millis) % 1000;
        String text = total >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                : String.format(Locale.ROOT, "%02d:%02d", total / 60, total % 60);
        return sign + text + (fraction == 0 ? "" : String.format(Locale.ROOT, ".%03d", fraction));
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
