package org.connectedservice.core.devices;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a device stands in its registration with the hub, as msdyn_iotdevice's registration status says. */
public enum RegistrationStatus {
    UNKNOWN("Unknown"),
    UNREGISTERED("Unregistered"),
    IN_PROGRESS("In Progress"),
    REGISTERED("Registered"),
    ERROR("Error");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a label ("In Progress") or a constant name ("IN_PROGRESS"), ignoring case. */
    public static RegistrationStatus parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (RegistrationStatus status : values()) {
            if (status.name().equals(t)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown registration status '" + text + "': use one of "
                + Arrays.stream(values()).map(RegistrationStatus::label).collect(Collectors.joining(", ")));
    }
}
