package org.connectedservice.devices.internal.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandParameter;
import org.connectedservice.core.devices.ParameterType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Checks typed parameter values against a command's definition and writes them into its payload template: text as
 * a JSON string, numbers and booleans as JSON literals, a missing optional value as null.
 */
public final class PayloadTemplate {

    private static final Pattern PARAMETER_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PayloadTemplate() {
    }

    /** One sentence per value that does not fit its parameter; empty when the command can be sent. */
    public static List<String> problems(CommandDefinition definition, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        for (String name : values.keySet()) {
            if (definition.parameter(name).isEmpty()) {
                problems.add(definition.name() + " has no parameter '" + name + "'"
                        + (definition.parameters().isEmpty() ? "; it takes none" : "; its parameters are "
                                + String.join(", ", definition.parameters().stream().map(CommandParameter::name)
                                        .toList())));
            }
        }
        for (CommandParameter parameter : definition.parameters()) {
            String problem = problem(parameter, value(parameter, values));
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String value(CommandParameter parameter, Map<String, String> values) {
        String typed = values.get(parameter.name());
        if (typed == null || typed.isBlank()) {
            return parameter.defaultValue();
        }
        return parameter.type() == ParameterType.TEXT ? typed : typed.strip();
    }

    private static String problem(CommandParameter p, String value) {
        if (value == null || value.isEmpty()) {
            return p.required() ? p.name() + " is required" : null;
        }
        if (!p.choices().isEmpty() && !p.choices().contains(value)) {
            return p.name() + " must be one of " + String.join(", ", p.choices()) + ", got '" + value + "'";
        }
        return switch (p.type()) {
            case TEXT -> p.maxLength() > 0 && value.length() > p.maxLength() ? p.name() + " is " + value.length()
                    + " characters long; at most " + p.maxLength() + " fit" : null;
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                    : p.name() + " must be true or false, got '" + value + "'";
            case INTEGER, NUMBER -> numberProblem(p, value);
        };
    }

    private static String numberProblem(CommandParameter p, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return p.name() + " must be " + (p.type() == ParameterType.INTEGER
                    ? "a whole number" : "a number") + ", got '" + value + "'";
        }
        if (p.type() == ParameterType.INTEGER
                && number.stripTrailingZeros().scale() > 0) {
            return p.name() + " must be a whole number, got '" + value + "'";
        }
        double v = number.doubleValue();
        boolean belowMin = !Double.isNaN(p.min()) && v < p.min();
        boolean aboveMax = !Double.isNaN(p.max()) && v > p.max();
        if (belowMin || aboveMax) {
            return p.name() + " must be " + range(p) + ", got " + value;
        }
        return null;
    }

    private static String range(CommandParameter p) {
        if (Double.isNaN(p.max())) {
            return "at least " + plain(p.min());
        }
        if (Double.isNaN(p.min())) {
            return "at most " + plain(p.max());
        }
        return "from " + plain(p.min()) + " to " + plain(p.max());
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * The payload for values that passed {@link #problems}.
     *
     * @throws IllegalArgumentException when they did not, or the definition's template does not make JSON
     */
    public static String render(CommandDefinition definition, Map<String, String> values) {
        List<String> problems = problems(definition, values);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(definition.name() + ": " + String.join("; ", problems)
                    + "; nothing was sent");
        }
        Matcher m = PARAMETER_REFERENCE.matcher(definition.payloadTemplate());
        StringBuilder payload = new StringBuilder();
        while (m.find()) {
            CommandParameter parameter = definition.parameter(m.group(1).strip()).orElseThrow(
                    () -> new IllegalArgumentException("the payload template of " + definition.name()
                            + " names ${" + m.group(1) + "}, which is not one of its parameters"));
            m.appendReplacement(payload, Matcher.quoteReplacement(literal(parameter, value(parameter, values))));
        }
        m.appendTail(payload);
        try {
            return JSON.readTree(payload.toString()).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload template of " + definition.name()
                    + " does not make JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String literal(CommandParameter p, String value) {
        if (value == null || value.isEmpty()) {
            return "null";
        }
        return switch (p.type()) {
            case TEXT -> JsonNodeFactory.instance.textNode(value).toString();
            case BOOLEAN -> value.toLowerCase(Locale.ROOT);
            case INTEGER, NUMBER -> new BigDecimal(value).stripTrailingZeros().toPlainString();
        };
    }
}
