package org.connectedservice.core.simulation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The faults a tester can inject. The magnitude means something different per kind; each constant says what, and
 * what a missing magnitude defaults to.
 */
public enum InjectionKind {
    /** Adds magnitude to the measurement (default: the sensor's spikeOffset); without a duration, 5 messages. */
    SPIKE("spike", false),
    /** Adds magnitude to the measurement for the whole duration (default: the sensor's spikeOffset). */
    STEP("step", false),
    /** Adds magnitude per minute since the fault began (default: a fifth of the sensor's spikeOffset). */
    DRIFT("drift", false),
    /** Repeats the last values sent before the fault began; no magnitude. */
    STUCK("stuck", false),
    /** The device measures but sends nothing; no magnitude. */
    DROPOUT("dropout", false),
    /** Sends every message magnitude times with the same message id (default 2). */
    DUPLICATE("duplicate", true),
    /** Holds magnitude messages back and delivers them newest first (default 2). */
    OUT_OF_ORDER("outOfOrder", true),
    /** Stamps messages magnitude seconds off the true time, negative for behind (default 300). */
    CLOCK_SKEW("clockSkew", true),
    /** Cuts the payload of that fraction of messages so it is no longer JSON (default 1, every message). */
    MALFORMED("malformed", true),
    /** Sends magnitude times as often as its interval says (default 10). */
    BURST("burst", false),
    /** The connection drops; messages queue on the device and arrive together when it reconnects; no magnitude. */
    DISCONNECT("disconnect", false);

    private final String fileName;
    private final boolean shapesMessages;

    InjectionKind(String fileName, boolean shapesMessages) {
        this.fileName = fileName;
        this.shapesMessages = shapesMessages;
    }

    /** The name scenario files use, e.g. "outOfOrder". */
    public String fileName() {
        return fileName;
    }

    /** True when the fault is about messages rather than values, so devices must send real payloads. */
    public boolean shapesMessages() {
        return shapesMessages;
    }

    public static InjectionKind parse(String text) {
        String t = text.trim();
        for (InjectionKind kind : values()) {
            if (kind.fileName.equalsIgnoreCase(t) || kind.name().equalsIgnoreCase(t)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown injection '" + text + "': use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(InjectionKind::fileName).collect(Collectors.joining(", "));
    }
}
