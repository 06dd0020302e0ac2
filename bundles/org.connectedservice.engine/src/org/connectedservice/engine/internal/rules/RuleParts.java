package org.connectedservice.engine.internal.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;

/** Reads the scope, condition and aggregation of a rule, checking what the core records would refuse, with places. */
final class RuleParts {

    private static final String SCOPE_EXAMPLE = "{\"deviceType\": \"Thermostat\"}, {\"devices\": [\"pump-01\"]} or "
            + "{\"asset\": \"Boiler 7\"}";
    private static final String AGGREGATION_EXAMPLE = "\"instant\" or {\"function\": \"avg\", \"window\": "
            + "\"tumbling\", \"sizeSeconds\": 10}";

    private RuleParts() {
    }

    static RuleScope scope(JsonFields f) throws RulesFileException {
        JsonValue v = f.required("scope", "{\"deviceType\": \"Thermostat\"}");
        if (!v.isObject()) {
            throw f.problem("scope", "expected an object like " + SCOPE_EXAMPLE + ", found " + v.describe());
        }
        JsonFields s = f.nested("scope", "a scope", List.of("deviceType", "devices", "asset"));
        if (s.size() != 1) {
            throw f.problem("scope", "give exactly one of deviceType, devices or asset, like " + SCOPE_EXAMPLE);
        }
        String key = s.names().get(0);
        RuleScope.Kind kind = switch (key) {
            case "deviceType" -> RuleScope.Kind.DEVICE_TYPE;
            case "devices" -> RuleScope.Kind.DEVICES;
            default -> RuleScope.Kind.ASSET;
        };
        JsonValue value = s.value(key);
        List<String> values = new ArrayList<>();
        if (value.value() instanceof String text && !text.isBlank()) {
            values.add(text.trim());
        } else if (value.isList()) {
            for (JsonValue item : value.items()) {
                if (!(item.value() instanceof String text) || text.isBlank()) {
                    throw s.problem(key, "expected names in quotes, like [\"pump-01\", \"pump-02\"], found "
                            + item.describe());
                }
                values.add(text.trim());
            }
        }
        if (values.isEmpty()) {
            throw s.problem(key, "expected a name in quotes or a list of names, like [\"pump-01\"], found "
                    + value.describe());
        }
        return new RuleScope(kind, values);
    }

    static Condition condition(JsonFields f) throws RulesFileException {
        String symbol = f.requiredText("condition", "\">\"");
        ConditionKind kind;
        try {
            kind = ConditionKind.fromSymbol(symbol);
        } catch (IllegalArgumentException e) {
            throw f.problem("condition", e.getMessage());
        }
        boolean band = kind == ConditionKind.OUTSIDE_BAND || kind == ConditionKind.INSIDE_BAND;
        if (!band && f.has("upper")) {
            throw f.problem("upper", "only bands (outside, inside) have an upper edge; set \"upper\": null");
        }
        if (kind != ConditionKind.NO_DATA && f.has("silenceSeconds")) {
            throw f.problem("silenceSeconds", "only nodata rules wait for silence; set \"silenceSeconds\": null");
        }
        if (kind == ConditionKind.NO_DATA) {
            if (f.has("threshold")) {
                throw f.problem("threshold", "a nodata rule has no threshold; set \"threshold\": null");
            }
            Duration silence = f.seconds("silenceSeconds");
            if (silence == null || silence.isZero()) {
                throw f.problem("silenceSeconds", "a nodata rule needs the seconds of silence that raise it, "
                        + "like \"silenceSeconds\": 300");
            }
            return Condition.noData(silence);
        }
        double threshold = f.requiredNumber("threshold", "70.5");
        if (!band) {
            return Condition.of(kind, threshold);
        }
        Double upper = f.number("upper", "9.5");
        if (upper == null) {
            throw f.problem("upper", "a band (" + kind.symbol() + ") needs its upper edge; add \"upper\": a number "
                    + "at or above the threshold " + RulesJsonWriter.number(threshold));
        }
        if (upper < threshold) {
            throw f.problem("upper", "must be at or above the threshold " + RulesJsonWriter.number(threshold)
                    + ", the band's lower edge");
        }
        return Condition.band(kind, threshold, upper);
    }

    static Aggregation aggregation(JsonFields f) throws RulesFileException {
        JsonValue v = f.value("aggregation");
        if (v == null || v.isNull()
                || v.value() instanceof String s && s.trim().equalsIgnoreCase("instant")) {
            return Aggregation.INSTANT;
        }
        if (!v.isObject()) {
            throw f.problem("aggregation", "expected " + AGGREGATION_EXAMPLE + ", found " + v.describe());
        }
        JsonFields a = f.nested("aggregation", "an aggregation",
                List.of("function", "window", "sizeSeconds", "hopSeconds"));
        Aggregation.Function function = choice(a, "function", List.of(Aggregation.Function.AVG,
                Aggregation.Function.MIN, Aggregation.Function.MAX, Aggregation.Function.COUNT), "\"avg\"");
        Aggregation.Window window = choice(a, "window", List.of(Aggregation.Window.TUMBLING,
                Aggregation.Window.HOPPING, Aggregation.Window.SLIDING), "\"tumbling\"");
        a.required("sizeSeconds", "10");
        Duration size = a.seconds("sizeSeconds");
        if (size.isZero()) {
            throw a.problem("sizeSeconds", "a window must last more than 0 seconds");
        }
        Duration hop = a.seconds("hopSeconds");
        if (window == Aggregation.Window.HOPPING) {
            if (hop == null || hop.isZero() || hop.compareTo(size) > 0) {
                throw a.problem("hopSeconds", "a hopping window needs the seconds between window starts, more "
                        + "than 0 and at most sizeSeconds (" + RulesJsonWriter.seconds(size) + ")"
                        + (hop == null ? "" : ", found " + a.value("hopSeconds").describe()));
            }
        } else if (hop != null) {
            throw a.problem("hopSeconds", "only a hopping window has a hop; set \"hopSeconds\": null, or "
                    + "\"window\": \"hopping\"");
        }
        return new Aggregation(function, window, size, hop);
    }

    private static <E extends Enum<E>> E choice(JsonFields f, String field, List<E> allowed, String example)
            throws RulesFileException {
        String text = f.requiredText(field, example);
        for (E e : allowed) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw f.problem(field, "unknown " + field + " \"" + text + "\"; use "
                + String.join(", ", allowed.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
