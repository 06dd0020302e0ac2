package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.LiveTelemetry;
import org.junit.jupiter.api.Test;

class ReadingSourceTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock NOW = Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);
    private static final ThresholdRule HOT = ThresholdRule.greaterThan("hot", 1, "AlarmTemp", "Thermostat",
            "Temperature", 70, Severity.HIGH);

    @Test
    void tracesAreMergedInTimeOrderAndEqualTimesGoByDevice() {
        MemoryHistory history = new MemoryHistory();
        history.add("b", "Thermostat", "Temperature", T.toEpochMilli(), 2);
        history.add("a", "Thermostat", "Temperature", T.toEpochMilli(), 1);
        history.add("a", "Thermostat", "Temperature", T.plusSeconds(2).toEpochMilli(), 3);
        history.add("b", "Thermostat", "Temperature", T.plusSeconds(1).toEpochMilli(), 4);
        history.add("p", "Pump", "Temperature", T.plusSeconds(1).toEpochMilli(), 9);
        history.add("a", "Thermostat", "Humidity", T.toEpochMilli(), 50);

        ReadingCache cache = new ReadingSource(() -> history, () -> null, () -> null, NOW)
                .load(Set.of("temperature"), HistoryRange.LAST_HOUR, () -> false);

        assertEquals(ReadingSource.HISTORY, cache.source());
        assertEquals(5, cache.size(), "Humidity is not loaded");
        List<String> order = new ArrayList<>();
        for (Reading r : cache.readings(List.of(HOT), () -> false)) {
            order.add(r.deviceId() + "@" + (r.time().getEpochSecond() - T.getEpochSecond()) + "="
                    + r.values().get("Temperature"));
        }
        assertEquals(List.of("a@0=1.0", "b@0=2.0", "b@1=4.0", "a@2=3.0"), order, "the pump is not a Thermostat");
        ThresholdRule anywhere = new ThresholdRule("any", 1, "Any", new RuleScope(RuleScope.Kind.ASSET,
                List.of("Building A")), "Temperature", HOT.condition(), null, null, null, Severity.LOW, null, null,
                null);
        assertEquals(5, count(cache.readings(List.of(anywhere), () -> false)), "assets are resolved by the engine");
        assertEquals(4, cache.valuesFor(HOT).length);
    }

    @Test
    void withoutHistoryTheLiveBuffersAreUsed() {
        LiveTelemetry live = new LiveTelemetry() {
            @Override
            public List<String> measurements(String deviceId) {
                return List.of("Temperature");
            }

            @Override
            public SeriesSnapshot snapshot(String deviceId, String measurement, int maxPoints) {
                return new SeriesSnapshot(new long[] { T.minusSeconds(10).toEpochMilli(), T.toEpochMilli() },
                        new double[] { 60, 61 });
            }
        };
        DeviceRegistry registry = () -> List.of(new Device("t1", "T1", "Thermostat", ""));

        ReadingCache cache = new ReadingSource(() -> null, () -> live, () -> registry, NOW)
                .load(Set.of("Temperature"), HistoryRange.LAST_HOUR, () -> false);

        assertEquals(ReadingSource.LIVE, cache.source());
        assertEquals(1, cache.size(), "the point before the range is left out");
        assertEquals(Map.of("Temperature", 61.0), cache.readings(List.of(HOT), () -> false).iterator().next()
                .values());
    }

    @Test
    void aYoungHistoryIsLoadedAgainWithinSecondsAnOldOneAfterFiveMinutes() {
        MemoryHistory young = new MemoryHistory();
        young.add("a", "Thermostat", "Temperature", T.plusSeconds(3590).toEpochMilli(), 60);
        young.add("a", "Thermostat", "Temperature", T.plusSeconds(3599).toEpochMilli(), 61);
        ReadingCache tenSeconds = new ReadingSource(() -> young, () -> null, () -> null, NOW)
                .load(Set.of("Temperature"), HistoryRange.LAST_HOUR, () -> false);
        ReadingCache hour = new ReadingSource(HourOfThermostats::history, () -> null, () -> null, NOW)
                .load(Set.of("Temperature"), HistoryRange.LAST_HOUR, () -> false);

        assertFalse(at(NOW.instant().plusMillis(500)).outdated(tenSeconds), "not more than once a second");
        assertTrue(at(NOW.instant().plusSeconds(2)).outdated(tenSeconds), "2 s more of a 10 s history counts");
        assertFalse(at(NOW.instant().plusSeconds(120)).outdated(hour), "2 min more of an hour waits");
        assertTrue(at(NOW.instant().plusSeconds(301)).outdated(hour), "after five minutes everything reloads");
    }

    private static ReadingSource at(Instant now) {
        return new ReadingSource(() -> null, () -> null, () -> null, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLoadCancelledHalfwayGivesNothing() {
        assertNull(new ReadingSource(HourOfThermostats::history, () -> null, () -> null, NOW)
                .load(Set.of("Temperature"), HistoryRange.LAST_HOUR, () -> true));
    }

    private static int count(Iterable<Reading> readings) {
        int n = 0;
        for (Reading r : readings) {
            n += r == null ? 0 : 1;
        }
        return n;
    }
}
