package org.connectedservice.core.ingest;

import java.util.Map;

/**
 * What message ingestion did so far. Every received message (a non-blank line) ends up decoded or quarantined;
 * every decoded one is delivered, dropped as a duplicate, quarantined as late, or still buffered waiting for the
 * watermark. late is also counted in quarantinedByReason under LATE.
 */
public record IngestStats(long received, long decoded, Map<QuarantineReason, Long> quarantinedByReason,
        long duplicates, long late, long delivered, long buffered) {

    public IngestStats {
        quarantinedByReason = Map.copyOf(quarantinedByReason);
    }

    public long quarantined() {
        return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public long quarantined(QuarantineReason reason) {
        return quarantinedByReason.getOrDefault(reason, 0L);
    }
}
