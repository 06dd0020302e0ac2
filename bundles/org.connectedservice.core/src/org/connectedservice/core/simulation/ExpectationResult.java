package org.connectedservice.core.simulation;

/** The verdict on one expectation of a scenario, with a sentence a tester can act on. */
public record ExpectationResult(int index, String description, boolean passed, String message) {
}
