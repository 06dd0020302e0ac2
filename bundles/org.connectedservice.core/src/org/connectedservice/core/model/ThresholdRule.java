package org.connectedservice.core.model;

import java.time.Duration;
import java.util.Locale;

/**
 * A rule of the threshold rules store. Edge-triggered per device: a fault is raised when the condition (after
 * aggregation, held for sustain) becomes true, and cleared when it becomes false, or, with a clearThreshold
 * (hysteresis), once the value is back past that threshold. suppression stops a repeat for the same device and
 * rule within that time. The id and version travel with every fault so an alert says which rule text fired it.
 */
public record ThresholdRule(String id, int version, String name, RuleScope scope, String measurement,
        Condition condition, Aggregation aggregation, Duration sustain, Double clearThreshold, Severity severity,
        String alertType, Duration suppression, String descriptionTemplate) {

    public static final String DEFAULT_TEMPLATE = "{measurement} reading of {value} exceeded a threshold of {threshold}";
    public static final String DEFAULT_ALERT_TYPE = "Anomaly";

    public ThresholdRule {
        sustain = sustain == null ? Duration.ZERO : sustain;
        suppression = suppression == null ? Duration.ZERO : suppression;
        aggregation = aggregation == null ? Aggregation.INSTANT : aggregation;
        descriptionTemplate = descriptionTemplate == null || descriptionTemplate.isBlank() ? DEFAULT_TEMPLATE
                : descriptionTemplate;
        alertType = alertType == null || alertType.isBlank() ? DEFAULT_ALERT_TYPE : alertType;
    }

    /** An instant greater-than rule, as a devicerules.json threshold imports. */
    public static ThresholdRule greaterThan(String id, int version, String name, String deviceType, String measurement,
            double threshold, Severity severity) {
        return new ThresholdRule(id, version, name, RuleScope.deviceType(deviceType), measurement,
                Condition.of(ConditionKind.GREATER_THAN, threshold), Aggregation.INSTANT, Duration.ZERO, null, severity,
                DEFAULT_ALERT_TYPE, Duration.ZERO, DEFAULT_TEMPLATE);
    }

    public ThresholdRule withVersion(int newVersion) {
        return new ThresholdRule(id, newVersion, name, scope, measurement, condition, aggregation, sustain,
                clearThreshold, severity, alertType, suppression, descriptionTemplate);
    }

    public ThresholdRule withThreshold(double newThreshold) {
        Condition c = new Condition(condition.kind(), newThreshold, condition.upper(), condition.silence());
        return new ThresholdRule(id, version, name, scope, measurement, c, aggregation, sustain, clearThreshold,
                severity, alertType, suppression, descriptionTemplate);
    }

    public double threshold() {
        return condition.threshold();
    }

    /** True when the rule watches every device of this type (rules scoped by device list or asset say false). */
    public boolean appliesTo(String deviceType) {
        return scope.kind() == RuleScope.Kind.DEVICE_TYPE && scope.matches(null, deviceType, null);
    }

    public boolean appliesTo(String deviceId, String deviceType, String asset) {
        return scope.matches(deviceId, deviceType, asset);
    }

    public boolean isBrokenBy(double value) {
        return condition.isBrokenBy(value);
    }

    public String describe(double value) {
        return descriptionTemplate.replace("{measurement}", measurement)
                .replace("{value}", format(value))
                .replace("{threshold}", format(threshold()))
                .replace("{rule}", name)
                .replace("{deviceType}", scope.values().get(0));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
