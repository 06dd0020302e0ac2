package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChartFrameSourceTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final Device THERMOSTAT = new Device("thermostat-01", "Thermostat 1", "Thermostat", "Boiler A");
    private static final Device PUMP = new Device("pump-01", "Pump 1", "Pump", "");
    private static final ThresholdRule HOT = new ThresholdRule("hot", 3, "Too hot",
            RuleScope.deviceType("Thermostat"), "Temperature", Condition.of(ConditionKind.GREATER_THAN, 70),
            Aggregation.INSTANT, Duration.ZERO, 65.0, Severity.HIGH, null, null, null);
    private static final ThresholdRule PRESSURE = ThresholdRule.greaterThan("pressure", 1, "High pressure", "Pump",
            "Pressure", 8, Severity.MEDIUM);
    private static final ThresholdRule SLOW = new ThresholdRule("rate", 1, "Fast rise",
            RuleScope.deviceType("Thermostat"), "Temperature", Condition.of(ConditionKind.RATE_OF_CHANGE, 5),
            Aggregation.INSTANT, null, null, Severity.LOW, null, null, null);

    private final ChartFakes.Live live = new ChartFakes.Live();
    private final ChartFakes.Rules rules = new ChartFakes.Rules(Instant.ofEpochMilli(NOW - 3_600_000), HOT, PRESSURE,
            SLOW);
    private final ChartFakes.Alerts alerts = new ChartFakes.Alerts();
    private final ChartFrameSource source = new ChartFrameSource(live, rules, alerts);

    @AfterEach
    void close() throws Exception {
        source.close();
    }

    private static ChartRequest request(List<Device> devices, Set<String> hidden, long span) {
        return new ChartRequest(devices, hidden, new TimeWindow(NOW - span, NOW), 1280, 600, true);
    }

    @Test
    void oneTracePerDeviceAndMeasurementWithTheThresholdsThatApplyToEach() {
        for (int i = 0; i < 300; i++) {
            long t = NOW - 300_000 + i * 1000L;
            live.add("thermostat-01", "Temperature", t, 20 + i % 5);
            live.add("thermostat-01", "Humidity", t, 40);
            live.add("pump-01", "Pressure", t, 5);
        }

        ChartFrame frame = source.load(request(List.of(THERMOSTAT, PUMP), Set.of(), 300_000));

        assertEquals(List.of("thermostat-01 Humidity", "thermostat-01 Temperature", "pump-01 Pressure"),
                frame.traces().stream().map(t -> t.key().deviceId() + " " + t.key().measurement()).toList());
        assertEquals(900, frame.plottedPoints(), "one reading a second over 5 minutes fits 1280 px unreduced");
        assertEquals(List.of(70.0, 8.0), frame.thresholdLines(), "the rate rule has no level to draw");
        ThresholdMark hot = frame.thresholds().get(0);
        assertTrue(hot.hasHysteresis());
        assertEquals(65, hot.bandLow());
        assertEquals(List.of("thermostat-01"), hot.deviceIds());
        assertTrue(frame.projection().yMax() > 70 && frame.projection().yMin() < 5,
                "the value axis must hold the data and every threshold: " + frame.projection());
        assertEquals("", frame.note());
    }

    @Test
    void hiddenMeasurementsAreNotDrawnButStayOfferedInTheFilter() {
        live.add("thermostat-01", "Temperature", NOW - 1000, 21);
        live.add("thermostat-01", "Humidity", NOW - 1000, 40);

        ChartFrame frame = source.load(request(List.of(THERMOSTAT), Set.of("temperature"), 300_000));

        assertEquals(List.of("Humidity", "Temperature"), frame.measurements());
        assertEquals(1, frame.traces().size());
        assertEquals("Humidity", frame.traces().get(0).key().measurement());
        assertTrue(frame.thresholds().isEmpty(), "no threshold line for a hidden measurement");
    }

    @Test
    void olderReadingsComeFromHistoryBucketsSizedToThePixelWidthAndRecentOnesFromTheLiveBuffer() {
        ChartFakes.History history = new ChartFakes.History();
        long day = 24 * 3_600_000L;
        for (long t = NOW - day; t < NOW - 600_000; t += 10_000) {
            history.append(new Reading("thermostat-01", "Thermostat", Instant.ofEpochMilli(t),
                    Map.of("Temperature", 20.0)));
        }
        history.append(new Reading("thermostat-01", "Thermostat", Instant.ofEpochMilli(NOW - day / 2),
                Map.of("Temperature", 88.0)));
        for (long t = NOW - 600_000; t < NOW; t += 1000) {
            live.add("thermostat-01", "Temperature", t, 22);
        }
        source.useHistory(history);

        ChartFrame frame = source.load(request(List.of(THERMOSTAT), Set.of(), day));

        assertEquals(1, history.bucketQueries.size());
        String query = history.bucketQueries.get(0);
        int buckets = Integer.parseInt(query.substring(query.lastIndexOf(' ') + 1));
        assertTrue(buckets > 1200 && buckets <= 1280, "buckets for the history part: " + query);
        ColumnTrace trace = frame.traces().get(0);
        assertTrue(trace.vertexCount() <= 2 * 1281, "vertices: " + trace.vertexCount());
        assertEquals(22, trace.maxs()[trace.size() - 1], "the newest column comes from the live buffer");
        assertEquals(20, trace.maxs()[0], "the oldest column comes from the history");
        assertTrue(frame.projection().yMax() >= 88, "the stored spike must be in view");

        source.load(request(List.of(THERMOSTAT), Set.of(), day));
        assertEquals(1, history.bucketQueries.size(), "the same column grid must not query the history again");
    }

    @Test
    void withoutHistoryTheChartSaysWhyOlderReadingsAreMissing() {
        live.add("thermostat-01", "Temperature", NOW - 60_000, 21);

        ChartFrame frame = source.load(request(List.of(THERMOSTAT), Set.of(), 24 * 3_600_000L));

        assertEquals(ChartFrameSource.NO_HISTORY, frame.note());
        assertEquals(1, frame.plottedPoints());
    }

    @Test
    void aFailingHistoryLeavesTheLiveBufferOnScreenAndSaysWhy() {
        live.add("thermostat-01", "Temperature", NOW - 60_000, 21);
        source.useHistory(new ChartFakes.History() {
            @Override
            public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int n) {
                throw new IllegalStateException("the database is closed");
            }
        });

        ChartFrame frame = source.load(request(List.of(THERMOSTAT), Set.of(), 24 * 3_600_000L));

        assertEquals(1, frame.plottedPoints());
        assertTrue(frame.note().contains("the database is closed"), frame.note());
    }

    @Test
    void alertMarkersShowTheShownDevicesAlertsInsideTheWindowIncludingNewOnes() {
        live.add("thermostat-01", "Temperature", NOW - 1000, 21);
        raise("thermostat-01", "Temperature", NOW - 120_000, 75);
        raise("thermostat-01", "Temperature", NOW - 900_000, 76);
        raise("pump-01", "Pressure", NOW - 60_000, 9);
        ChartRequest request = request(List.of(THERMOSTAT), Set.of(), 300_000);
        assertEquals(1, source.load(request).alerts().size());

        raise("thermostat-01", "Temperature", NOW - 30_000, 90);

        List<IotAlert> shown = source.load(request).alerts();
        assertEquals(List.of(75.0, 90.0), shown.stream().map(IotAlert::reading).toList());
        assertEquals(Severity.HIGH, shown.get(1).severity());
    }

    @Test
    void ruleVersionChangesInsideTheWindowAreMarked() {
        live.add("thermostat-01", "Temperature", NOW - 1000, 21);
        ChartRequest request = request(List.of(THERMOSTAT), Set.of(), 3_000_000);
        assertTrue(source.load(request).versions().isEmpty(), "version 1 is older than the window");

        rules.apply(List.of(HOT.withThreshold(72).withVersion(4)), "ana", "fewer flaps",
                Instant.ofEpochMilli(NOW - 5000));

        ChartFrame frame = source.load(request);
        assertEquals(List.of(2), frame.versions().stream().map(v -> v.number()).toList());
        assertEquals(List.of(72.0), frame.thresholdLines(), "the active version's threshold is drawn");
    }

    private void raise(String device, String measurement, long time, double value) {
        Instant at = Instant.ofEpochMilli(time);
        alerts.record(new Fault(Fault.tokenFor(device, "r", 1, at), FaultKind.RAISED, device, "T", "r", 1, "Rule",
                measurement, value, 70, Severity.HIGH, "Anomaly", at, "test", at));
    }
}
