package org.connectedservice.simulator.internal.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;

/** Keeps everything a fleet sends, in order, and renders it as text for byte-for-byte comparisons. */
public final class Recorder implements TelemetrySink {

    public final List<Object> items = new ArrayList<>();

    @Override
    public void reading(Reading reading) {
        items.add(reading);
    }

    @Override
    public void message(SimulatedMessage message) {
        items.add(message);
    }

    /** Advances the fleet one second at a time for seconds, from its current time. */
    public static Recorder run(Fleet fleet, int seconds) {
        Recorder recorder = new Recorder();
        Instant from = fleet.now();
        for (int s = 1; s <= seconds; s++) {
            fleet.advanceTo(from.plusSeconds(s)).deliverTo(recorder);
        }
        return recorder;
    }

    public static Recorder advance(Fleet fleet, Duration by) {
        Recorder recorder = new Recorder();
        fleet.advanceTo(fleet.now().plus(by)).deliverTo(recorder);
        return recorder;
    }

    public List<Reading> readings() {
        return items.stream().filter(Reading.class::isInstance).map(Reading.class::cast).toList();
    }

    public List<SimulatedMessage> messages() {
        return items.stream().filter(SimulatedMessage.class::isInstance).map(SimulatedMessage.class::cast).toList();
    }

    public List<Object> of(String deviceId) {
        return items.stream().filter(i -> deviceOf(i).equals(deviceId)).toList();
    }

    public double[] series(String deviceId, String measurement) {
        return readings().stream()
                .filter(r -> r.deviceId().equals(deviceId))
                .mapToDouble(r -> r.values().get(measurement))
                .toArray();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            out.append(item instanceof Reading r ? line(r) : ((SimulatedMessage) item).toJsonLine()).append('\n');
        }
        return out.toString();
    }

    private static String line(Reading r) {
        Map<String, Double> sorted = new TreeMap<>(r.values());
        return r.deviceId() + " " + r.deviceType() + " " + r.time() + " " + sorted;
    }

    private static String deviceOf(Object item) {
        return item instanceof Reading r ? r.deviceId() : ((SimulatedMessage) item).deviceId();
    }
}
