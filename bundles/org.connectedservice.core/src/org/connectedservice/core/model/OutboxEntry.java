package org.connectedservice.core.model;

/** A fault held by the durable outbox, with how many deliveries were tried so far. */
public record OutboxEntry(long id, Fault fault, int attempts) {
}
