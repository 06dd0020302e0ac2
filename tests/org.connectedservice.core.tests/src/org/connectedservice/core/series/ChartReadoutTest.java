package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

class ChartReadoutTest {

    private static final TimeWindow WINDOW = new TimeWindow(0, 100_000);
    private static final ThresholdRule HOT = ThresholdRule.greaterThan("hot", 2, "Too hot", "Thermostat", "Temperature",
            70, Severity.HIGH);

    private final ChartFrame frame = frame();

    private static ChartFrame frame() {
        ChartRequest request = new ChartRequest(List.of(new Device("t-1", "T1", "Thermostat", "")), Set.of(), WINDOW,
                1000, 101, false);
        ColumnTrace temperature = new ColumnTrace(new SeriesKey("t-1", "Thermostat", "Temperature"),
                new long[] { 10_000, 20_000, 30_000 }, new double[] { 20, 30, 40 }, new double[] { 20, 50, 40 },
                new long[] { 1, 9, 1 });
        ColumnTrace humidity = new ColumnTrace(new SeriesKey("t-1", "Thermostat", "Humidity"), new long[] { 21_000 },
                new double[] { 45 }, new double[] { 45 }, new long[] { 1 });
        IotAlert alert = new IotAlert(1, "tok", Instant.ofEpochMilli(50_000), "t-1", "hot", 2, "Too hot", "Temperature",
                80, 70, Severity.CRITICAL, "Anomaly", AlertStatus.ACTIVE, "hot");
        RuleSetVersion v2 = new RuleSetVersion(2, Instant.ofEpochMilli(80_000), "ana", "lower threshold", List.of(HOT));
        TraceProjection p = new TraceProjection(WINDOW, 0, 100, 1000, 101);
        return new ChartFrame(request, List.of("Humidity", "Temperature"), List.of(temperature, humidity),
                List.of(new ThresholdMark(HOT, List.of("t-1"))), List.of(alert), List.of(v2), p,
                List.of(p.polyline(temperature), p.polyline(humidity)), "");
    }

    @Test
    void theCrosshairReadsTheNearestPointOfEveryTrace() {
        String text = ChartReadout.crosshair(frame, 21_500, ZoneOffset.UTC);

        assertEquals("00:00:21  t-1 Temperature 30..50 (9 readings) | t-1 Humidity 45", text);
    }

    @Test
    void overlaysExplainThemselvesUnderTheMouse() {
        TraceProjection p = frame.projection();

        String alert = ChartReadout.overlayAt(frame, p, p.x(50_000) + 2, p.y(80) - 3, ZoneOffset.UTC);
        assertTrue(alert.startsWith("CRITICAL alert, ACTIVE: t-1 Temperature 80 at 00:00:50"), alert);

        String version = ChartReadout.overlayAt(frame, p, p.x(80_000) + 1, 90, ZoneOffset.UTC);
        assertEquals("Rules version 2, 00:01:20 by ana: lower threshold", version);

        String threshold = ChartReadout.overlayAt(frame, p, 300, p.y(70) + 2, ZoneOffset.UTC);
        assertEquals("Rule 'Too hot' v2: Temperature > 70, HIGH; watches t-1", threshold);

        assertEquals("", ChartReadout.overlayAt(frame, p, 300, p.y(10), ZoneOffset.UTC));
    }
}
