package org.connectedservice.core.model;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use one of LOW, MEDIUM, HIGH, CRITICAL");
    }
}
