package org.connectedservice.core.connect;

import java.time.Instant;

/**
 * How the mirroring of registrations and commands to Dataverse stands. enabled is false when the active profile
 * has no Dynamics part (nothing is mirrored then, and pending changes wait). pending counts changes not yet in
 * Dataverse, kept in the workspace across restarts; lastError stays until nothing is pending; nextAttempt is null
 * when no attempt is scheduled.
 */
public record MirrorStatus(boolean enabled, String organization, int pending, long mirrored, Instant lastSuccess,
        String lastError, Instant lastErrorAt, Instant nextAttempt) {

    public MirrorStatus {
        organization = organization == null ? "" : organization;
        lastError = lastError == null ? "" : lastError;
    }

    public static MirrorStatus off(int pending) {
        return new MirrorStatus(false, "", pending, 0, null, "", null, null);
    }

    /** One line for a status bar. */
    public String summary() {
        if (!enabled) {
            return pending == 0 ? "Dynamics: not connected" : "Dynamics: not connected, " + pending
                    + " changes wait for a Dynamics profile";
        }
        if (pending == 0) {
            return "Dynamics " + organization + ": up to date";
        }
        return "Dynamics " + organization + ": " + pending + " pending" + (lastError.isEmpty() ? ""
                : ", last error: " + lastError);
    }
}
