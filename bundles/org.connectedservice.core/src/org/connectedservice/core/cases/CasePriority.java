package org.connectedservice.core.cases;

import org.connectedservice.core.model.Severity;

/** A case's priority, as Dynamics' incident prioritycode names it; taken from the severity of the alert. */
public enum CasePriority {
    HIGH("High"), NORMAL("Normal"), LOW("Low");

    private final String label;

    CasePriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CasePriority of(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> HIGH;
            case MEDIUM -> NORMAL;
            case LOW -> LOW;
        };
    }
}
