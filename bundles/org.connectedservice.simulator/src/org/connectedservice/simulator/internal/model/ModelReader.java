package org.connectedservice.simulator.internal.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a device model file. Every mistake becomes a problem naming the file, line and field; the model is
 * returned only when there was none.
 */
public final class ModelReader {

    private ModelReader() {
    }

    /** The model, or null when problems were added. */
    public static DeviceModel read(String file, String text, FileProblems problems) {
        FileProblems own = new FileProblems();
        DeviceModel model = null;
        JsonDocument document = JsonDocument.parse(file, text, own);
        JsonFields root = document == null ? null : JsonFields.root(document, own);
        if (root != null) {
            model = model(root, own);
        }
        problems.addAll(own.byLine());
        return own.isEmpty() ? model : null;
    }

    private static DeviceModel model(JsonFields root, FileProblems problems) {
        root.allowOnly("model", "description", "deviceType", "messageIntervalSeconds", "sensors", "reportedProperties",
                "commands", "rebootSilenceSeconds");
        String name = root.requiredText("model");
        String deviceType = root.requiredText("deviceType");
        double interval = root.number("messageIntervalSeconds", 1, v -> v >= 0.01 && v <= 86_400,
                "from 0.01 to 86400 (seconds)");
        double reboot = root.number("rebootSilenceSeconds", 10, v -> v >= 0 && v <= 86_400, "from 0 to 86400 (seconds)");
        root.text("description", "");
        Map<String, String> reported = root.scalars("reportedProperties");
        List<String> commands = root.texts("commands");
        for (int i = 0; i < commands.size(); i++) {
            if (!DeviceModel.KNOWN_COMMANDS.contains(commands.get(i))) {
                root.problem("commands", i, "unknown command '" + commands.get(i) + "'; a model may list "
                        + String.join(", ", DeviceModel.KNOWN_COMMANDS));
            }
        }
        if (!root.has("sensors")) {
            root.problem("sensors", "is missing: a model needs at least one sensor");
        }
        List<SensorModel> sensors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonFields> sensorFields = root.objects("sensors");
        for (JsonFields fields : sensorFields) {
            SensorModel sensor = sensor(fields, names);
            if (sensor != null) {
                sensors.add(sensor);
            }
        }
        if (root.has("sensors") && sensorFields.isEmpty() && problems.isEmpty()) {
            root.problem("sensors", "is empty: a model needs at least one sensor");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new DeviceModel(name, deviceType, Duration.ofMillis(Math.round(interval * 1000)), sensors, reported,
                commands, Duration.ofMillis(Math.round(reboot * 1000)));
    }

    private static SensorModel sensor(JsonFields fields, Set<String> earlierNames) {
        fields.allowOnly("name", "unit", "baseline", "noise", "driftPerHour", "min", "max", "spikeOffset", "cycle",
                "dailyCycle", "correlation");
        String name = fields.requiredText("name");
        if (!name.isEmpty() && !earlierNames.add(name)) {
            fields.problem("name", "a second sensor is called '" + name + "': give each sensor its own name");
        }
        String unit = fields.text("unit", "");
        double baseline = fields.requiredNumber("baseline", Double::isFinite, "");
        double noise = fields.number("noise", 0, v -> v >= 0 && Double.isFinite(v), ">= 0");
        double drift = fields.number("driftPerHour", 0, Double::isFinite, "");
        double min = fields.number("min", Double.NEGATIVE_INFINITY, Double::isFinite, "");
        double max = fields.number("max", Double.POSITIVE_INFINITY, Double::isFinite, "");
        double spikeOffset = fields.number("spikeOffset", Double.NaN, Double::isFinite, "");
        if (min > max) {
            fields.problem("max", "max " + max + " is below min " + min);
        } else if (!Double.isNaN(baseline) && !(min <= baseline && baseline <= max)) {
            fields.problem("baseline", "baseline " + baseline + " must lie within min " + min + " and max " + max);
        }
        SensorModel.Cycle cycle = SensorModel.Cycle.NONE;
        JsonFields cycleFields = fields.object("cycle");
        if (cycleFields != null) {
            cycleFields.allowOnly("amplitude", "periodSeconds");
            double amplitude = cycleFields.number("amplitude", 0, Double::isFinite, "");
            double period = cycleFields.requiredNumber("periodSeconds", v -> v > 0 && Double.isFinite(v), "> 0");
            cycle = new SensorModel.Cycle(amplitude, Double.isNaN(period) ? 1 : period);
        }
        SensorModel.DailyCycle daily = SensorModel.DailyCycle.NONE;
        JsonFields dailyFields = fields.object("dailyCycle");
        if (dailyFields != null) {
            dailyFields.allowOnly("amplitude", "peakHour");
            double amplitude = dailyFields.number("amplitude", 0, Double::isFinite, "");
            double peak = dailyFields.number("peakHour", 12, v -> v >= 0 && v < 24, "from 0 to 24 (UTC hour)");
            daily = new SensorModel.DailyCycle(amplitude, peak);
        }
        SensorModel.Coupling coupling = SensorModel.Coupling.NONE;
        JsonFields correlation = fields.object("correlation");
        if (correlation != null) {
            correlation.allowOnly("with", "factor");
            String source = correlation.requiredText("with");
            double factor = correlation.requiredNumber("factor", Double::isFinite, "");
            if (source.equals(name) && !name.isEmpty()) {
                correlation.problem("with", "a sensor cannot follow itself");
            } else if (!source.isEmpty() && !earlierNames.contains(source)) {
                correlation.problem("with", "'" + source + "' must be a sensor listed before " + name);
            } else {
                coupling = new SensorModel.Coupling(source, Double.isNaN(factor) ? 0 : factor);
            }
        }
        if (name.isEmpty() || Double.isNaN(baseline) || min > max || baseline < min || baseline > max) {
            return null;
        }
        return new SensorModel(name, unit, baseline, noise, min, max,
                cycle, daily, drift, coupling, spikeOffset);
    }
}
