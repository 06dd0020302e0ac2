package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.model.JsonDocument;
import org.connectedservice.simulator.internal.model.JsonFields;
import org.connectedservice.simulator.internal.scenario.Scenario.Expectation;
import org.connectedservice.simulator.internal.scenario.Scenario.ExpectationKind;
import org.connectedservice.simulator.internal.scenario.Scenario.FleetPart;
import org.connectedservice.simulator.internal.scenario.Scenario.Origin;

/** Reads a scenario file field by field; the timeline has its own reader. */
public final class ScenarioReader {

    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");
    static final double MAX_SECONDS = 7 * 86_400;
    static final int MAX_DEVICES = 100_000;

    private final ModelSource models;
    private final Map<String, ModelSource.Resolution> resolved = new HashMap<>();
    private final FileProblems problems;

    ScenarioReader(ModelSource models, FileProblems problems) {
        this.models = models;
        this.problems = problems;
    }

    /** The scenario, or null when problems were added. */
    public static Scenario read(String file, String text, ModelSource models, FileProblems problems) {
        FileProblems own = new FileProblems();
        JsonDocument document = JsonDocument.parse(file, text, own);
        JsonFields root = document == null ? null : JsonFields.root(document, own);
        Scenario scenario = root == null ? null : new ScenarioReader(models, own).scenario(file, root);
        problems.addAll(own.byLine());
        return own.isEmpty() ? scenario : null;
    }

    private Scenario scenario(String file, JsonFields root) {
        root.allowOnly("name", "description", "seed", "start", "durationSeconds", "fleet", "timeline", "expectations");
        String name = root.text("name", file);
        root.text("description", "");
        double seed = root.number("seed", 42, v -> v == Math.rint(v) && Math.abs(v) < 9e15, "that is whole");
        Instant start = start(root);
        double seconds = root.requiredNumber("durationSeconds", v -> v > 0 && v <= MAX_SECONDS,
                "above 0, up to " + (long) MAX_SECONDS + " (7 days)");
        Duration duration = Double.isNaN(seconds) ? Duration.ofSeconds(1) : millis(seconds);
        List<FleetPart> fleet = new ArrayList<>();
        if (!root.has("fleet")) {
            root.problem("fleet", "is missing: list the devices, e.g. [{\"model\": \"thermostat\", \"count\": 10}]");
        }
        for (JsonFields part : root.objects("fleet")) {
            part.allowOnly("model", "count", "asset");
            DeviceModel model = model(part, "model");
            double count = part.requiredNumber("count", v -> v == Math.rint(v) && v >= 1 && v <= MAX_DEVICES,
                    "from 1 to " + MAX_DEVICES);
            String asset = part.text("asset", "");
            if (model != null && !Double.isNaN(count)) {
                fleet.add(new FleetPart(model, (int) count, asset));
            }
        }
        List<Scenario.Step> timeline = new TimelineReader(this, Double.isNaN(seconds) ? null : duration).steps(root);
        List<Expectation> expectations = new ArrayList<>();
        for (JsonFields fields : root.objects("expectations")) {
            Expectation expectation = expectation(fields);
            if (expectation != null) {
                expectations.add(expectation);
            }
        }
        if (!root.has("expectations")) {
            root.problem("expectations", "is missing: a scenario checks at least one expectation");
        }
        return new Scenario(name, file, (long) seed, start, duration, fleet, timeline, expectations);
    }

    private static Instant start(JsonFields root) {
        String text = root.text("start", null);
        if (text == null) {
            return DEFAULT_START;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            root.problem("start", "must be a UTC time like \"2025-03-01T08:00:00Z\", got \"" + text + "\"");
            return DEFAULT_START;
        }
    }

    /** The model a field names, or null after a problem. */
    DeviceModel model(JsonFields fields, String field) {
        String reference = fields.requiredText(field);
        if (reference.isEmpty()) {
            return null;
        }
        ModelSource.Resolution resolution = resolved.computeIfAbsent(reference, r -> models.resolve(r, problems));
        if (resolution.missing() != null) {
            fields.problem(field, resolution.missing());
        }
        return resolution.model();
    }

    private static Expectation expectation(JsonFields fields) {
        fields.allowOnly("alert", "noAlert", "cleared", "device", "within", "after", "afterEnd");
        List<ExpectationKind> kinds = new ArrayList<>();
        String rule = null;
        for (ExpectationKind kind : ExpectationKind.values()) {
            String key = key(kind);
            if (fields.has(key)) {
                kinds.add(kind);
                rule = fields.text(key, "*");
            }
        }
        if (kinds.size() != 1) {
            fields.problemHere("an expectation needs exactly one of \"alert\", \"noAlert\" or \"cleared\" with a rule "
                    + "id or name (\"*\" for any rule)");
            return null;
        }
        String device = fields.text("device", null);
        double within = fields.number("within", Double.NaN, v -> v > 0 && v <= MAX_SECONDS, "of seconds above 0");
        String after = fields.text("after", null);
        String afterEnd = fields.text("afterEnd", null);
        if (after != null && afterEnd != null) {
            fields.problem("afterEnd", "give either \"after\" (the injection's start) or \"afterEnd\", not both");
        }
        if (kinds.get(0) == ExpectationKind.NO_ALERT && (after != null || afterEnd != null || fields.has("within"))) {
            fields.problemHere("\"noAlert\" holds for the whole run; remove \"within\", \"after\" and \"afterEnd\"");
        }
        return new Expectation(new Origin(fields.line(), fields.path()), kinds.get(0), rule, device,
                Double.isNaN(within) ? null : millis(within), afterEnd != null ? afterEnd : after, afterEnd != null);
    }

    static String key(ExpectationKind kind) {
        return switch (kind) {
            case ALERT -> "alert";
            case NO_ALERT -> "noAlert";
            case CLEARED -> "cleared";
        };
    }

    static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
