package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.JsonFields;
import org.connectedservice.simulator.internal.scenario.Scenario.Origin;
import org.connectedservice.simulator.internal.scenario.Scenario.Step;

/** Reads a scenario's timeline: each entry has "at" (seconds from the start) and one action. */
final class TimelineReader {

    private static final List<String> ACTIONS = List.of("inject", "add", "remove", "command", "desired");
    private static final Duration SPIKE_DEFAULT = Duration.ofSeconds(5);
    private static final Duration FAULT_DEFAULT = Duration.ofSeconds(60);

    private final ScenarioReader reader;
    private final Duration runLength;
    private final Set<String> labels = new HashSet<>();

    /** runLength null: the scenario's own length is wrong, so "at" is only checked for being positive. */
    TimelineReader(ScenarioReader reader, Duration runLength) {
        this.reader = reader;
        this.runLength = runLength;
    }

    /** Steps in time order; steps at the same time keep the file's order. */
    List<Step> steps(JsonFields root) {
        List<Step> steps = new ArrayList<>();
        for (JsonFields fields : root.objects("timeline")) {
            Step step = step(fields);
            if (step != null) {
                steps.add(step);
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private Step step(JsonFields fields) {
        fields.allowOnly("at", "inject", "add", "remove", "command", "desired", "id", "devices", "group",
                "measurement", "magnitude", "for", "count", "asset", "payload");
        List<String> actions = ACTIONS.stream().filter(fields::has).toList();
        double seconds = runLength == null ? fields.requiredNumber("at", v -> v >= 0, "of seconds from 0")
                : fields.requiredNumber("at", v -> v >= 0 && v * 1000 < runLength.toMillis(),
                        "of seconds from 0 to below the run's " + runLength.toSeconds() + " s");
        if (actions.size() != 1) {
            fields.problemHere("a timeline entry needs exactly one of " + String.join(", ", ACTIONS) + "; it has "
                    + (actions.isEmpty() ? "none" : String.join(", ", actions)));
            return null;
        }
        Duration at = ScenarioReader.millis(Double.isNaN(seconds) ? 0 : seconds);
        Origin origin = new Origin(fields.line(), fields.path());
        return switch (actions.get(0)) {
            case "inject" -> inject(fields, at, origin);
            case "add" -> add(fields, at, origin);
            case "remove" -> new Scenario.RemoveDevices(at, origin, fields.texts("remove"));
            case "command" -> new Scenario.SendCommand(at, origin, targets(fields), fields.requiredText("command"),
                    fields.raw("payload"));
            default -> desired(fields, at, origin);
        };
    }

    private Step inject(JsonFields fields, Duration at, Origin origin) {
        String kindText = fields.requiredText("inject");
        InjectionKind kind;
        try {
            if (kindText.isEmpty()) {
                return null;
            }
            kind = InjectionKind.parse(kindText);
        } catch (IllegalArgumentException e) {
            fields.problem("inject", e.getMessage());
            return null;
        }
        String label = fields.text("id", null);
        if (label != null && !labels.add(label)) {
            fields.problem("id", "a second injection is called '" + label + "': give each its own id");
        }
        double magnitude = fields.number("magnitude", Double.NaN, Double::isFinite, "");
        double seconds = fields.number("for", Double.NaN, v -> v > 0 && v <= ScenarioReader.MAX_SECONDS,
                "of seconds above 0");
        Duration lasting = Double.isNaN(seconds) ? (kind == InjectionKind.SPIKE ? SPIKE_DEFAULT : FAULT_DEFAULT)
                : ScenarioReader.millis(seconds);
        Injection injection = new Injection(kind, fields.text("measurement", null), magnitude, lasting);
        return new Scenario.InjectFault(at, origin, label, targets(fields), injection);
    }

    private Step add(JsonFields fields, Duration at, Origin origin) {
        DeviceModel model = reader.model(fields, "add");
        double count = fields.number("count", 1, v -> v == Math.rint(v) && v >= 1 && v <= ScenarioReader.MAX_DEVICES,
                "from 1 to " + ScenarioReader.MAX_DEVICES);
        String asset = fields.text("asset", "");
        return model == null ? null : new Scenario.AddDevices(at, origin, model, (int) count, asset);
    }

    private Step desired(JsonFields fields, Duration at, Origin origin) {
        Map<String, String> properties = fields.scalars("desired");
        if (properties.isEmpty()) {
            fields.problem("desired", "name at least one property, e.g. {\"setpoint\": 65}");
        }
        return new Scenario.SetDesired(at, origin, targets(fields), properties);
    }

    private static List<String> targets(JsonFields fields) {
        if (fields.has("devices") == fields.has("group")) {
            fields.problemHere("say which devices: \"devices\": [\"pump-01\", ...] or \"group\": a model, a device "
                    + "type or \"*\" (not both)");
            return List.of();
        }
        return fields.has("devices") ? fields.texts("devices") : List.of(fields.text("group", "*"));
    }
}
