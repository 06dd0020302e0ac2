package org.connectedservice.core.devices;

/** The type of a command parameter; it decides how the typed text is checked and written into the JSON payload. */
public enum ParameterType {
    /** Any text, written as a JSON string. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** true or false. */
    BOOLEAN
}
