package org.connectedservice.core.model;

/** What the status line shows about the running engine. */
public record EngineStats(boolean running, double eventsPerSecond, long readings, long faultsRaised, long outboxDepth,
        long rejected) {
}
