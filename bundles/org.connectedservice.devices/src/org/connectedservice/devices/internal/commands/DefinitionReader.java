package org.connectedservice.devices.internal.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandParameter;
import org.connectedservice.core.devices.EffectCheck;
import org.connectedservice.core.devices.ParameterType;
import org.connectedservice.core.simulation.FileProblem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one command definition file. The payload is plain JSON in which a text "${name}" stands for the parameter
 * of that name, written as JSON of its type when sent. Every mistake becomes a problem naming the file, line and
 * field; the definition is returned only when there was none.
 */
final class DefinitionReader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("\"\\$\\{([^}\"]+)}\"");
    private static final Pattern ANY_REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final List<String> FIELDS = List.of("name", "description", "kind", "target", "payload",
            "parameters", "timeoutSeconds", "connectTimeoutSeconds", "effect");
    private static final List<String> PARAMETER_FIELDS = List.of("name", "type", "required", "min", "max",
            "maxLength", "choices", "default", "description");

    private DefinitionReader() {
    }

    /** The definition, or null after adding its problems. */
    static CommandDefinition read(String file, String text, List<FileProblem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(new FileProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new FileProblem(file, 1, "", "the file must hold one command definition { ... }"));
            return null;
        }
        int before = problems.size();
        FieldReader f = new FieldReader(file, JsonLines.of(text), problems, root, "");
        f.allowOnly(FIELDS);
        String name = f.text("name", true);
        CommandKind kind = kind(f);
        String target = f.text("target", true);
        List<CommandParameter> parameters = parameters(f);
        String template = template(f, parameters);
        double timeout = f.number("timeoutSeconds", true, 0.001, 86_400);
        double connect = f.number("connectTimeoutSeconds", false, 0, 86_400);
        if (connect > 0 && kind != null && kind != CommandKind.DIRECT_METHOD) {
            f.problem("connectTimeoutSeconds", "only a direct method waits for the device to connect; remove it");
        }
        EffectCheck effect = effect(f);
        String description = f.text("description", false);
        if (problems.size() > before) {
            return null;
        }
        return new CommandDefinition(name, kind, target, template, parameters, seconds(timeout), seconds(connect),
                effect, description);
    }

    private static Duration seconds(double value) {
        return Double.isNaN(value) ? Duration.ZERO : Duration.ofMillis(Math.round(value * 1000));
    }

    private static CommandKind kind(FieldReader f) {
        String text = f.text("kind", true);
        return switch (text.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "")) {
            case "" -> null;
            case "directmethod" -> CommandKind.DIRECT_METHOD;
            case "cloudtodevice", "cloudtodevicemessage", "c2d" -> CommandKind.CLOUD_TO_DEVICE;
            case "desiredproperty" -> CommandKind.DESIRED_PROPERTY;
            default -> {
                f.problem("kind", "unknown kind '" + text + "'; use directMethod, cloudToDevice or desiredProperty");
                yield null;
            }
        };
    }

    private static List<CommandParameter> parameters(FieldReader f) {
        List<CommandParameter> out = new ArrayList<>();
        JsonNode array = f.node.get("parameters");
        if (array == null || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            f.problem("parameters", "must be a list [ ... ] of parameters");
            return out;
        }
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < array.size(); i++) {
            FieldReader p = f.at("/parameters/" + i);
            if (!array.get(i).isObject()) {
                p.problem("", "must be a parameter { \"name\": ..., \"type\": ... }");
                continue;
            }
            p.allowOnly(PARAMETER_FIELDS);
            String name = p.text("name", true);
            if (!name.isEmpty() && !names.add(name)) {
                p.problem("name", "a second parameter is called '" + name + "': give each its own name");
            }
            ParameterType type = null;
            String typeText = p.text("type", true);
            try {
                type = typeText.isEmpty() ? null : ParameterType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                p.problem("type", "unknown type '" + typeText + "'; use text, integer, number or boolean");
            }
            boolean required = !p.node.has("required") || p.node.get("required").asBoolean(true);
            double min = p.number("min", false, -Double.MAX_VALUE, Double.MAX_VALUE);
            double max = p.number("max", false, -Double.MAX_VALUE, Double.MAX_VALUE);
            double maxLength = p.number("maxLength", false, 1, 1_000_000);
            if (min > max) {
                p.problem("min", "is above max (" + max + "); swap them");
            }
            List<String> choices = new ArrayList<>();
            p.node.path("choices").forEach(c -> choices.add(c.asText()));
            JsonNode fallback = p.node.get("default");
            if (type != null && !name.isEmpty()) {
                out.add(new CommandParameter(name, type, required, min, max,
                        Double.isNaN(maxLength) ? 0 : (int) maxLength, choices,
                        fallback == null || fallback.isNull() ? null : fallback.asText(), p.text("description",
                                false)));
            }
        }
        return out;
    }

    /* Only a whole text may stand for a parameter: inside a longer text, a number would not make JSON. */
    private static String template(FieldReader f, List<CommandParameter> parameters) {
        JsonNode payload = f.node.get("payload");
        String json = payload == null ? "null" : payload.toString();
        Matcher inside = ANY_REFERENCE.matcher(WHOLE_REFERENCE.matcher(json).replaceAll(""));
        if (inside.find()) {
            f.problem("payload", "${" + inside.group(1) + "} must be a whole value, like \"field\": \"${"
                    + inside.group(1) + "}\", not part of a longer text");
        }
        Matcher whole = WHOLE_REFERENCE.matcher(json);
        while (whole.find()) {
            String name = whole.group(1).strip();
            if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
                f.problem("payload", "${" + name + "} is not one of the parameters; add a parameter named '" + name
                        + "' or correct the name");
            }
        }
        return WHOLE_REFERENCE.matcher(json).replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + "}"));
    }

    private static EffectCheck effect(FieldReader f) {
        JsonNode node = f.node.get("effect");
        if (node == null || node.isNull()) {
            return null;
        }
        FieldReader e = f.at("/effect");
        if (!node.isObject()) {
            e.problem("", "must be { \"kind\": \"heartbeat\", \"withinSeconds\": 60 } or null");
            return null;
        }
        e.allowOnly(List.of("kind", "withinSeconds"));
        String kind = e.text("kind", true);
        double within = e.number("withinSeconds", true, 1, 86_400);
        EffectCheck.Kind k = Arrays.stream(EffectCheck.Kind.values()).filter(v -> v.label().equalsIgnoreCase(kind))
                .findFirst().orElse(null);
        if (k == null && !kind.isEmpty()) {
            e.problem("kind", "unknown effect '" + kind + "'; use heartbeat or telemetry");
        }
        return k == null || Double.isNaN(within) ? null : new EffectCheck(k, seconds(within));
    }
}
