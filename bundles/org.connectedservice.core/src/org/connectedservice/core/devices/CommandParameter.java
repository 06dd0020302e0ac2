package org.connectedservice.core.devices;

import java.util.List;
import java.util.Objects;

/**
 * One typed parameter of a command's payload template. min and max bound numbers (NaN for no bound), maxLength
 * bounds text (0 for none), choices limits the values (empty for any), defaultValue is used when nothing is typed
 * (null for none).
 */
public record CommandParameter(String name, ParameterType type, boolean required, double min, double max,
        int maxLength, List<String> choices, String defaultValue, String description) {

    public CommandParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        description = description == null ? "" : description;
    }

    public static CommandParameter text(String name, int maxLength, String description) {
        return new CommandParameter(name, ParameterType.TEXT, true, Double.NaN, Double.NaN, maxLength, List.of(),
                null, description);
    }

    public static CommandParameter number(String name, double min, double max, String description) {
        return new CommandParameter(name, ParameterType.NUMBER, true, min, max, 0, List.of(), null, description);
    }

    public CommandParameter withDefault(String value) {
        return new CommandParameter(name, type, required, min, max, maxLength, choices, value, description);
    }
}
