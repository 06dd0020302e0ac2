package org.connectedservice.core.service;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.OutboxEntry;

/**
 * The durable fault queue (Service Bus in the cloud). A fault counts as emitted once append returns; a consumer
 * claims entries, then acks them, or reports a failure so they are retried with backoff and finally dead-lettered.
 */
public interface FaultOutbox {

    void append(List<Fault> faults);

    List<OutboxEntry> claim(int max, Instant now);

    void ack(long entryId);

    void fail(long entryId, String reason, Instant now);

    long depth();

    long deadLettered();
}
