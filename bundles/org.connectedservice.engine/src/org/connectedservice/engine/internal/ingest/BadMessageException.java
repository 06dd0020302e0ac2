package org.connectedservice.engine.internal.ingest;

import org.connectedservice.core.ingest.QuarantineReason;

/** A message that cannot become a reading; its message starts with the reason's label and says what to fix. */
final class BadMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final QuarantineReason reason;

    BadMessageException(QuarantineReason reason, String detail) {
        super(reason.label() + ": " + detail, null, false, false);
        this.reason = reason;
    }

    QuarantineReason reason() {
        return reason;
    }
}
