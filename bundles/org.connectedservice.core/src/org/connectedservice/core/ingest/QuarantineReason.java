package org.connectedservice.core.ingest;

/** Why a message went to quarantine instead of the engine; each kind is counted on its own. */
public enum QuarantineReason {
    BAD_JSON("bad JSON"),
    MISSING_DEVICE_ID("missing deviceId"),
    BAD_TIMESTAMP("bad timestamp"),
    NON_NUMERIC_READING("non-numeric reading"),
    EMPTY_BODY("empty body"),
    LATE("late");

    private final String label;

    QuarantineReason(String label) {
        this.label = label;
    }

    /** The words every quarantine reason of this kind starts with, after its "line N: " prefix. */
    public String label() {
        return label;
    }
}
