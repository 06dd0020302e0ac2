package org.connectedservice.simulator.internal.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.MutableClock;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.model.ModelLibrary;

/**
 * Two shipped pumps (pump-01, pump-02: 1 s interval, 30 s reboot silence) behind a simulated hub whose waiting
 * moves the clock and the fleet instead of sleeping, so timeouts of minutes take no time.
 */
final class HubFixture {

    static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    static final Duration LATENCY = Duration.ofMillis(800);

    final MutableClock clock = new MutableClock(START);
    final Fleet fleet = new Fleet(7, START);
    final FleetDevices devices = new FleetDevices(fleet);
    final SimulatedHub hub = new SimulatedHub(devices, clock, this::pass, Duration.ofMillis(250), LATENCY);

    HubFixture() {
        fleet.addModel(ModelLibrary.example("pump"), 2, "Plant North");
        pass(Duration.ofSeconds(2));
    }

    /** Time goes by: the fleet sends what falls due and the hub looks at it. */
    void pass(Duration duration) {
        clock.advance(duration);
        fleet.advanceTo(clock.instant());
        hub.poll();
    }

    void passSeconds(int seconds) {
        for (int i = 0; i < seconds; i++) {
            pass(Duration.ofSeconds(1));
        }
    }

    Duration elapsedSince(Instant from) {
        return Duration.between(from, clock.instant());
    }

    DeviceConnection connection(String deviceId) {
        return hub.connections().get(deviceId);
    }

    DeviceStatus status(String deviceId) {
        return fleet.statuses().stream().filter(s -> s.deviceId().equals(deviceId)).findFirst().orElseThrow();
    }

    void inject(String deviceId, InjectionKind kind, int seconds) {
        fleet.inject(List.of(deviceId), Injection.of(kind).lasting(Duration.ofSeconds(seconds)));
        hub.poll();
    }
}
