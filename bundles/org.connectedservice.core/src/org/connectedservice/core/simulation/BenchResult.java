package org.connectedservice.core.simulation;

import java.util.Locale;

/**
 * How much a fleet's telemetry cost to generate: the generating thread's CPU time and the wall time of the run,
 * both for simulatedSeconds of fleet time.
 */
public record BenchResult(int devices, double rateHz, int simulatedSeconds, long readings, long cpuNanos,
        long wallNanos) {

    /**
     * Cores kept busy when the fleet runs in real time. Wall time counts too, because it bounds the thread's CPU
     * and also holds the garbage collector's pauses, which the thread's CPU time misses.
     */
    public double coresUsed() {
        return Math.max(cpuNanos, wallNanos) / (simulatedSeconds * 1e9);
    }

    /** The line ./console bench prints. */
    public String toJsonLine() {
        String rate = rateHz == Math.rint(rateHz) ? String.valueOf((long) rateHz) : String.valueOf(rateHz);
        return String.format(Locale.ROOT, "{\"bench\":\"simulator\",\"devices\":%d,\"rate_hz\":%s,\"cores_used\":%.4f}",
                devices, rate, coresUsed());
    }
}
