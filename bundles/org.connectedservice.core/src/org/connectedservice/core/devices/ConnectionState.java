package org.connectedservice.core.devices;

/** Whether the hub sees the device connected; UNKNOWN before the hub has said. */
public enum ConnectionState {
    CONNECTED("Connected"),
    DISCONNECTED("Disconnected"),
    UNKNOWN("Unknown");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
