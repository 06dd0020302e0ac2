package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.simulation.Injection;
import org.connectedservice.simulator.internal.model.DeviceModel;

/** A scenario file, read and checked field by field; where each part stood is kept for later messages. */
public record Scenario(String name, String file, long seed, Instant start, Duration duration, List<FleetPart> fleet,
        List<Step> timeline, List<Expectation> expectations) {

    public Scenario {
        fleet = List.copyOf(fleet);
        timeline = List.copyOf(timeline);
        expectations = List.copyOf(expectations);
    }

    /** Where in the file something stood: its line and field path. */
    public record Origin(int line, String path) {
    }

    public record FleetPart(DeviceModel model, int count, String asset) {
    }

    /** One timeline entry; targets are device ids or groups (model name, device type, or "*"). */
    public sealed interface Step {

        Duration at();

        Origin origin();
    }

    public record AddDevices(Duration at, Origin origin, DeviceModel model, int count, String asset) implements Step {
    }

    public record RemoveDevices(Duration at, Origin origin, List<String> targets) implements Step {
    }

    public record InjectFault(Duration at, Origin origin, String label, List<String> targets, Injection injection)
            implements Step {

        public Duration end() {
            return at.plus(injection.duration());
        }
    }

    public record SendCommand(Duration at, Origin origin, List<String> targets, String command, String payload)
            implements Step {
    }

    public record SetDesired(Duration at, Origin origin, List<String> targets, Map<String, String> properties)
            implements Step {
    }

    public enum ExpectationKind {
        ALERT, NO_ALERT, CLEARED
    }

    /**
     * rule is a rule id or name, or "*"; device null means any device; within null means until the run ends;
     * anchor is an injection label (null: the run's start), measured from its end when fromEnd.
     */
    public record Expectation(Origin origin, ExpectationKind kind, String rule, String device, Duration within,
            String anchor, boolean fromEnd) {
    }
}
