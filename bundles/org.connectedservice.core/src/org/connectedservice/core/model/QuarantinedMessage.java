package org.connectedservice.core.model;

import java.time.Instant;

/** A message ingestion could not use, kept with the reason and its raw text so nothing is silently lost. */
public record QuarantinedMessage(long id, Instant receivedAt, String source, String reason, String raw) {
}
