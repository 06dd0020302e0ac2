package org.connectedservice.bench;

/**
 * How big each measurement is. The defaults are what the issue asks for (10,000 devices, 1,000 instant rules) with
 * streams long enough for steady numbers; quick() is for a first look, tiny() for the build's smoke test.
 */
record BenchSizes(int devices, int seconds, int rulesA, int rulesB, int rulesC, int latencyWarmup, int latencyEvents,
        int latencyRate, int ingestSeconds, int historySeconds, int simulatorSeconds) {

    static BenchSizes full() {
        return new BenchSizes(10_000, 400, 1000, 100, 100, 500_000, 500_000, 100_000, 100, 30, 60);
    }

    /** Shorter streams and side measurements, keeping the rule counts chosen so far. */
    BenchSizes quick() {
        return new BenchSizes(devices, 100, rulesA, rulesB, rulesC, 200_000, 300_000, latencyRate, 30, 10, 10);
    }

    BenchSizes withRules(Scenario scenario, int rules) {
        return new BenchSizes(devices, seconds, scenario == Scenario.A ? rules : rulesA,
                scenario == Scenario.B ? rules : rulesB, scenario == Scenario.C ? rules : rulesC, latencyWarmup,
                latencyEvents, latencyRate, ingestSeconds, historySeconds, simulatorSeconds);
    }

    static BenchSizes tiny() {
        return new BenchSizes(200, 200, 50, 20, 20, 10_000, 10_000, 50_000, 20, 5, 2);
    }

    int rules(Scenario scenario) {
        return switch (scenario) {
            case A -> rulesA;
            case B -> rulesB;
            case C -> rulesC;
        };
    }

    long events() {
        return (long) devices * seconds;
    }

    /** Readings left untimed at the start of each run so the JIT has compiled the hot paths. */
    int warmup() {
        return (int) (events() / 4);
    }
}
