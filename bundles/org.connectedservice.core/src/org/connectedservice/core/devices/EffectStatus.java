package org.connectedservice.core.devices;

/** The verdict of a command's effect check; NONE when the command declares none or did not succeed. */
public enum EffectStatus {
    NONE(""),
    PENDING("Pending"),
    PASSED("Passed"),
    FAILED("Failed");

    private final String label;

    EffectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
