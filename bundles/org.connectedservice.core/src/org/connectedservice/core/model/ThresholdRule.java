package org.connectedservice.core.model;

import java.util.Locale;

/**
 * A rule of the threshold rules store, scoped to a device type and one measurement. The id and version
 * travel with every fault it raises so an alert always says which rule text fired it.
 */
public record ThresholdRule(String id, int version, String name, String deviceType, String measurement,
        Comparison comparison, double threshold, Severity severity, String alertType, String descriptionTemplate) {

    public static final String DEFAULT_TEMPLATE = "{measurement} reading of {value} exceeded a threshold of {threshold}";

    public boolean appliesTo(String type) {
        return deviceType.equalsIgnoreCase(type == null ? "" : type);
    }

    public boolean isBrokenBy(double value) {
        return comparison.holds(value, threshold);
    }

    public String describe(double value) {
        return descriptionTemplate.replace("{measurement}", measurement)
                .replace("{value}", format(value))
                .replace("{threshold}", format(threshold))
                .replace("{deviceType}", deviceType);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
