package org.connectedservice.core.devices;

/**
 * How a send to many devices goes in waves. Up to bulkAbove devices get the command at once; more go in waves: a
 * canary wave of canarySize devices first, then waves of waveSize. After any wave whose failure rate (failed, timed
 * out, or, with waitForEffects, effect check failed) is over maxFailureRate, the run stops.
 */
public record BulkPolicy(int bulkAbove, int canarySize, int waveSize, double maxFailureRate, boolean waitForEffects) {

    public static final BulkPolicy DEFAULT = new BulkPolicy(10, 2, 20, 0.2, true);

    public BulkPolicy {
        if (bulkAbove < 1) {
            throw new IllegalArgumentException("waves start above at least 1 device, got " + bulkAbove);
        }
        if (canarySize < 1 || waveSize < 1) {
            throw new IllegalArgumentException("the canary wave and the waves need at least 1 device, got "
                    + canarySize + " and " + waveSize);
        }
        if (!(maxFailureRate >= 0 && maxFailureRate <= 1)) {
            throw new IllegalArgumentException("the failure rate limit is a fraction from 0 to 1, got "
                    + maxFailureRate);
        }
    }
}
