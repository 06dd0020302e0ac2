package org.connectedservice.core.devices;

import java.time.Duration;
import java.util.Objects;

/** What should follow a command that succeeded, and how soon, e.g. "heartbeat within 60 s" after a reboot. */
public record EffectCheck(Kind kind, Duration within) {

    public enum Kind {
        /** The device sends a heartbeat message, as it does when it comes back from a reboot. */
        HEARTBEAT("heartbeat"),
        /** The device sends any message after the command was answered. */
        TELEMETRY("telemetry");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public EffectCheck {
        Objects.requireNonNull(kind, "kind");
        if (within == null || within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("an effect check needs a positive time to wait, got " + within);
        }
    }

    public String describe() {
        return kind.label() + " within " + within.toSeconds() + " s";
    }
}
