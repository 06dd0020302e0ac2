package org.connectedservice.core.simulation;

import java.util.Objects;

/** How many devices of one model a fleet has. */
public record FleetEntry(String model, int count) {

    public FleetEntry {
        Objects.requireNonNull(model, "model");
        if (count < 0) {
            throw new IllegalArgumentException("a fleet cannot hold " + count + " devices of " + model);
        }
    }
}
