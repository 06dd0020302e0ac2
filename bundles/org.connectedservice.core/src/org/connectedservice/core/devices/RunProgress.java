package org.connectedservice.core.devices;

/**
 * How far a send has got. total devices, of which started have a history record; the outcome counts add up to at
 * most started. effectFailed counts succeeded commands whose effect check failed. wave counts from 1 of waves.
 */
public record RunProgress(String runId, String command, int total, int started, int succeeded, int failed,
        int timedOut, int effectFailed, int wave, int waves, State state, String message) {

    public enum State {
        RUNNING, COMPLETED, STOPPED, CANCELLED;

        public boolean isFinal() {
            return this != RUNNING;
        }
    }

    public int finished() {
        return succeeded + failed + timedOut;
    }

    /** 0 to 1, for a progress bar. */
    public double fraction() {
        return total == 0 ? 1 : (double) finished() / total;
    }
}
