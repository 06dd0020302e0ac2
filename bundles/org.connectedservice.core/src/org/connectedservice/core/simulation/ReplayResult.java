package org.connectedservice.core.simulation;

import java.time.Duration;
import java.time.Instant;

/** What a replay handed on: lines, those without a readable time, and the recorded and the wall-clock span. */
public record ReplayResult(long lines, long untimed, Instant firstTime, Instant lastTime, Duration wallTime) {

    public Duration recordedSpan() {
        return firstTime == null ? Duration.ZERO : Duration.between(firstTime, lastTime);
    }
}
