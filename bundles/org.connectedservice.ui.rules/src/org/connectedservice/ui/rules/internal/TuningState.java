package org.connectedservice.ui.rules.internal;

/** What the tuning panel shows: the newest finished result (or null) and a line about what is going on. */
public record TuningState(TuningResult result, String status, boolean failed) {

    static TuningState working(TuningResult previous, String status) {
        return new TuningState(previous, status, false);
    }
}
