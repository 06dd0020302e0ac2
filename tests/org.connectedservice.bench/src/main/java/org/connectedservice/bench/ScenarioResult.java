package org.connectedservice.bench;

import java.util.List;
import java.util.Locale;

/** What one scenario measured, as a table row and as the JSON line scripts read. */
record ScenarioResult(Scenario scenario, int rules, double eventsPerSecond, double esperEventsPerSecond,
        boolean sameFaults, long faults, long esperFaults, double p99Micros, double stateBytesPerDeviceRule,
        List<String> differences) {

    double ratio() {
        return eventsPerSecond / esperEventsPerSecond;
    }

    String jsonLine() {
        return String.format(Locale.ROOT, "{\"bench\":\"engine\",\"scenario\":\"%s\",\"events_per_s\":%d,"
                + "\"esper_events_per_s\":%d,\"ratio\":%.2f,\"same_faults\":%b,\"p99_latency_us\":%s,"
                + "\"state_bytes_per_device_rule\":%.1f}", scenario.code, Math.round(eventsPerSecond),
                Math.round(esperEventsPerSecond), ratio(), sameFaults,
                Double.isNaN(p99Micros) ? "null" : String.format(Locale.ROOT, "%.1f", p99Micros),
                stateBytesPerDeviceRule);
    }
}
