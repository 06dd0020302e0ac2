package org.connectedservice.core.devices;

/** Where a command to one device stands (msdyn_iotdevicecommand's status). */
public enum CommandStatus {
    IN_PROGRESS("In Progress", false),
    /** Handed to the hub (message queued, desired property set); the device has not confirmed yet. */
    SENT("Sent", false),
    SUCCEEDED("Succeeded", true),
    FAILED("Failed", true),
    TIMED_OUT("Timed out", true);

    private final String label;
    private final boolean isFinal;

    CommandStatus(String label, boolean isFinal) {
        this.label = label;
        this.isFinal = isFinal;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return isFinal;
    }
}
