package org.connectedservice.core.simulation;

import java.time.Instant;

/**
 * What the simulator view's status shows: messages delivered, the recent rate, and errors (messages the receiver
 * rejected plus malformed payloads sent on purpose). simulatedTime is the fleet's clock.
 */
public record SimulatorCounters(long messagesSent, double messagesPerSecond, long errors, Instant simulatedTime) {
}
