package org.connectedservice.dynamics.internal;

import java.time.Instant;

/**
 * A request Dataverse did not take. affectsAll is true when every other request would fail the same way (no
 * network, credentials, permissions, a missing table, throttling, an outage), so sending stops until the next
 * attempt; false when only this row was refused. retryAt is when the server allows the next attempt, or null.
 */
public final class DataverseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean affectsAll;
    private final transient Instant retryAt;

    public DataverseException(String message, int status, boolean affectsAll, Instant retryAt, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.affectsAll = affectsAll;
        this.retryAt = retryAt;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public boolean affectsAll() {
        return affectsAll;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
