package org.connectedservice.core.devices;

/** How a command reaches the device. */
public enum CommandKind {
    /** A direct method: the device answers at once with a status and a payload, or the call times out. */
    DIRECT_METHOD("Direct method"),
    /** A cloud-to-device message: queued until the device takes it or it expires, then acknowledged. */
    CLOUD_TO_DEVICE("Cloud-to-device message"),
    /** A desired property of the twin: done when the device reports the same value back. */
    DESIRED_PROPERTY("Desired property");

    private final String label;

    CommandKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
