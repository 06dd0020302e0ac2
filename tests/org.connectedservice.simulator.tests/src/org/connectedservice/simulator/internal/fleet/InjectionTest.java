package org.connectedservice.simulator.internal.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.DeviceState;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.junit.jupiter.api.Test;

/**
 * Each value fault is checked against a twin fleet with the same seed and no fault, so the test sees exactly what
 * the fault changed. Pumps send once a second; faults start 10 s into the run.
 */
class InjectionTest {

    static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    static final String PUMP = "pump-01";
    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    private final Recorder warmUp = new Recorder();
    private final Fleet faulty = pumps(warmUp);
    private final Fleet twin = pumps(new Recorder());

    static Fleet pumps(Recorder warmUp) {
        Fleet fleet = new Fleet(11, START);
        fleet.addModel(ModelLibrary.example("pump"), 2, "");
        warmUp.items.addAll(Recorder.run(fleet, 10).items);
        return fleet;
    }

    private Recorder injectAndRun(Injection injection, int seconds) {
        faulty.inject(List.of(PUMP), injection);
        return Recorder.run(faulty, seconds);
    }

    private static double[] pressure(Recorder recorder) {
        return recorder.series(PUMP, "Pressure");
    }

    private DeviceState state() {
        return faulty.statuses().get(0).state();
    }

    @Test
    void spikeLiftsTheMeasurementForItsDurationOrFiveMessages() {
        double[] spiked = pressure(injectAndRun(Injection.of(InjectionKind.SPIKE).withMagnitude(3)
                .lasting(Duration.ofSeconds(3)), 6));
        double[] quiet = pressure(Recorder.run(twin, 6));
        for (int i = 0; i < 6; i++) {
            assertEquals(quiet[i] + (i < 3 ? 3 : 0), spiked[i], 1e-9, "reading " + i);
        }

        faulty.inject(List.of(PUMP), Injection.of(InjectionKind.SPIKE));
        double[] defaulted = pressure(Recorder.run(faulty, 7));
        double[] quietToo = pressure(Recorder.run(twin, 7));
        for (int i = 0; i < 7; i++) {
            assertEquals(quietToo[i] + (i < 5 ? 4 : 0), defaulted[i], 1e-9, "the model's spikeOffset, 5 messages");
        }
    }

    @Test
    void stepShiftsOneMeasurementUntilItEndsAndLeavesEverythingElseAlone() {
        Recorder stepped = injectAndRun(Injection.of(InjectionKind.STEP).on("Vibration").withMagnitude(-2)
                .lasting(FIVE_SECONDS), 8);
        Recorder quiet = Recorder.run(twin, 8);
        double[] vibration = stepped.series(PUMP, "Vibration");
        double[] calm = quiet.series(PUMP, "Vibration");
        for (int i = 0; i < 8; i++) {
            assertEquals(calm[i] + (i < 5 ? -2 : 0), vibration[i], 1e-9, "reading " + i);
        }
        String withoutVibration = "Vibration=[0-9.]+";
        assertEquals(quiet.text().replaceAll(withoutVibration, ""), stepped.text().replaceAll(withoutVibration, ""));
    }

    @Test
    void driftGrowsByTheMagnitudePerMinute() {
        double[] drifting = pressure(injectAndRun(Injection.of(InjectionKind.DRIFT).withMagnitude(6)
                .lasting(Duration.ofMinutes(2)), 60));
        double[] quiet = pressure(Recorder.run(twin, 60));
        assertEquals(0, drifting[0] - quiet[0], 1e-9);
        assertEquals(3, drifting[30] - quiet[30], 0.011, "half a minute in: half of 6");
        assertEquals(5.9, drifting[59] - quiet[59], 0.011);
    }

    @Test
    void stuckRepeatsTheLastValueSentBeforeTheFault() {
        double[] before = pressure(warmUp);
        double[] stuck = pressure(injectAndRun(Injection.of(InjectionKind.STUCK).lasting(FIVE_SECONDS), 7));
        double[] quiet = pressure(Recorder.run(twin, 7));
        for (int i = 0; i < 5; i++) {
            assertEquals(before[before.length - 1], stuck[i], "reading " + i);
        }
        assertEquals(quiet[5], stuck[5], "it moves again once the fault ends");
    }

    @Test
    void dropoutSendsNothingAndTheDeviceLooksSilent() {
        faulty.inject(List.of(PUMP), Injection.of(InjectionKind.DROPOUT).lasting(FIVE_SECONDS));
        assertEquals(DeviceState.SILENT, state());
        Recorder dropped = Recorder.run(faulty, 8);
        Recorder quiet = Recorder.run(twin, 8);

        assertEquals(3, dropped.of(PUMP).size());
        assertEquals(quiet.of(PUMP).subList(5, 8), dropped.of(PUMP), "what comes after is what would have come");
        assertEquals(quiet.of("pump-02"), dropped.of("pump-02"));
        assertEquals(DeviceState.ONLINE, state());
    }

    @Test
    void disconnectQueuesMessagesAndDeliversThemAllOnReconnect() {
        faulty.inject(List.of(PUMP), Injection.of(InjectionKind.DISCONNECT).lasting(FIVE_SECONDS));
        assertEquals(DeviceState.SILENT, state());
        assertTrue(Recorder.run(faulty, 5).of(PUMP).isEmpty());

        List<Object> reconnected = Recorder.run(faulty, 1).of(PUMP);
        List<Object> quiet = Recorder.run(twin, 6).of(PUMP);
        assertEquals(quiet, reconnected, "six readings at once, with their original times, in order");
        assertEquals(DeviceState.ONLINE, state());
    }

    @Test
    void burstSendsTenTimesAsOften() {
        Recorder burst = injectAndRun(Injection.of(InjectionKind.BURST).lasting(Duration.ofSeconds(2)), 4);

        List<Reading> readings = burst.readings().stream().filter(r -> r.deviceId().equals(PUMP)).toList();
        assertEquals(20 + 2, readings.size());
        assertEquals(START.plusMillis(10_100), readings.get(1).time());
        assertEquals(START.plusSeconds(12), readings.get(20).time());
        assertEquals(4, burst.of("pump-02").size());
    }

    @Test
    void aFaultCanBeScheduledForLater() {
        faulty.inject(List.of(PUMP), Injection.of(InjectionKind.STEP).withMagnitude(2).lasting(FIVE_SECONDS),
                Duration.ofMillis(2500));
        double[] stepped = pressure(Recorder.run(faulty, 10));
        double[] quiet = pressure(Recorder.run(twin, 10));

        for (int i = 0; i < 10; i++) {
            assertEquals(quiet[i] + (i >= 3 && i < 8 ? 2 : 0), stepped[i], 1e-9, "reading " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> faulty.inject(List.of(PUMP),
                Injection.of(InjectionKind.STEP), Duration.ofSeconds(-1)));
    }

    @Test
    void aFaultOnAGroupHitsEveryDeviceOfIt() {
        faulty.inject(faulty.select("Pump"), Injection.of(InjectionKind.STEP).withMagnitude(1).lasting(FIVE_SECONDS));

        assertTrue(faulty.statuses().stream().allMatch(s -> s.state() == DeviceState.FAULTY
                && s.activeFaults().equals(List.of(InjectionKind.STEP))));
        Recorder.run(faulty, 5);
        assertTrue(faulty.statuses().stream().allMatch(s -> s.state() == DeviceState.ONLINE));
    }

    @Test
    void aMeasurementOneDeviceLacksStopsTheWholeInjection() {
        Fleet mixed = new Fleet(1, START);
        mixed.addModel(ModelLibrary.example("thermostat"), 1, "");
        mixed.addModel(ModelLibrary.example("pump"), 1, "");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mixed.inject(
                List.of("thermostat-01", "pump-01"), Injection.of(InjectionKind.SPIKE).on("Temperature")));

        assertEquals("pump-01 has no measurement 'Temperature'; it measures Pressure, Vibration", e.getMessage());
        assertTrue(mixed.statuses().stream().allMatch(s -> s.activeFaults().isEmpty()));
    }

    @Test
    void clearingEndsEveryFaultNow() {
        faulty.inject(List.of(PUMP), Injection.of(InjectionKind.STEP).withMagnitude(5));
        Recorder.run(faulty, 3);
        faulty.clearFaults(List.of(PUMP));

        assertEquals(DeviceState.ONLINE, state());
        Recorder.run(twin, 3);
        assertEquals(pressure(Recorder.run(twin, 2))[1], pressure(Recorder.run(faulty, 2))[1]);
        assertFalse(faulty.statuses().get(0).activeFaults().contains(InjectionKind.STEP));
    }
}
