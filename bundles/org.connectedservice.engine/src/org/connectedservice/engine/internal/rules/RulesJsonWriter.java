package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a rules version in the rules file format that {@link RulesJsonReader} reads back to equal rules: one field
 * per line, small values such as a scope on one line, so the file reads and diffs well by hand.
 */
public final class RulesJsonWriter {

    private interface JsonWrite {
        void write(JsonGenerator g) throws IOException;
    }

    private final JsonFactory json = new JsonFactory();

    private RulesJsonWriter() {
    }

    public static String write(RuleSetVersion version) {
        return new RulesJsonWriter().document(version);
    }

    private String document(RuleSetVersion version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", oneLine(g -> g.writeNumber(version.number())));
        fields.put("time", oneLine(g -> g.writeString(version.time() == null ? null : version.time().toString())));
        fields.put("author", oneLine(g -> g.writeString(version.author())));
        fields.put("comment", oneLine(g -> g.writeString(version.comment())));
        StringBuilder rules = new StringBuilder("[");
        for (int i = 0; i < version.rules().size(); i++) {
            rules.append(i == 0 ? "\n" : ",\n").append(object(rule(version.rules().get(i)), "    "));
        }
        fields.put("rules", rules.append(version.rules().isEmpty() ? "]" : "\n  ]").toString());
        return object(fields, "") + "\n";
    }

    private String object(Map<String, String> fields, String indent) {
        StringBuilder out = new StringBuilder(indent).append("{\n");
        int left = fields.size();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.append(indent).append("  ").append(oneLine(g -> g.writeString(field.getKey()))).append(": ")
                    .append(field.getValue()).append(--left > 0 ? ",\n" : "\n");
        }
        return out.append(indent).append('}').toString();
    }

    private Map<String, String> rule(ThresholdRule r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", oneLine(g -> g.writeString(r.id())));
        f.put("version", oneLine(g -> g.writeNumber(r.version())));
        f.put("name", oneLine(g -> g.writeString(r.name())));
        f.put("scope", oneLine(g -> writeScope(g, r.scope())));
        f.put("measurement", oneLine(g -> g.writeString(r.measurement())));
        ConditionKind kind = r.condition().kind();
        f.put("condition", oneLine(g -> g.writeString(kind.symbol())));
        f.put("threshold", oneLine(g -> writeNumber(g, kind == ConditionKind.NO_DATA ? null : r.threshold())));
        f.put("upper", oneLine(g -> writeNumber(g, Double.isNaN(r.condition().upper()) ? null : r.condition().upper())));
        f.put("silenceSeconds", oneLine(g -> writeSeconds(g, r.condition().silence())));
        f.put("aggregation", oneLine(g -> writeAggregation(g, r.aggregation())));
        f.put("sustainSeconds", oneLine(g -> writeSeconds(g, r.sustain())));
        f.put("clearThreshold", oneLine(g -> writeNumber(g, r.clearThreshold())));
        f.put("severity", oneLine(g -> g.writeString(r.severity().name())));
        f.put("alertType", oneLine(g -> g.writeString(r.alertType())));
        f.put("suppressionSeconds", oneLine(g -> writeSeconds(g, r.suppression())));
        f.put("description", oneLine(g -> g.writeString(r.descriptionTemplate())));
        return f;
    }

    private String oneLine(JsonWrite value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.setPrettyPrinter(new OneLinePrinter());
            value.write(g);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out.toString();
    }

    private static void writeScope(JsonGenerator g, RuleScope scope) throws IOException {
        g.writeStartObject();
        g.writeFieldName(scopeField(scope.kind()));
        List<String> values = scope.values();
        if (values.size() == 1 && scope.kind() != RuleScope.Kind.DEVICES) {
            g.writeString(values.get(0));
        } else {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeAggregation(JsonGenerator g, Aggregation a) throws IOException {
        if (a.isInstant()) {
            g.writeString("instant");
            return;
        }
        g.writeStartObject();
        g.writeStringField("function", a.function().name().toLowerCase(Locale.ROOT));
        g.writeStringField("window", a.window().name().toLowerCase(Locale.ROOT));
        g.writeFieldName("sizeSeconds");
        writeSeconds(g, a.size());
        g.writeFieldName("hopSeconds");
        writeSeconds(g, a.window() == Aggregation.Window.HOPPING ? a.hop() : null);
        g.writeEndObject();
    }

    static String scopeField(RuleScope.Kind kind) {
        return switch (kind) {
            case DEVICE_TYPE -> "deviceType";
            case DEVICES -> "devices";
            case ASSET -> "asset";
        };
    }

    private static void writeNumber(JsonGenerator g, Double v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (isWhole(v)) {
            g.writeNumber(v.longValue());
        } else {
            g.writeNumber(v);
        }
    }

    private static void writeSeconds(JsonGenerator g, Duration d) throws IOException {
        if (d == null) {
            g.writeNull();
        } else {
            g.writeNumber(new BigDecimal(seconds(d)));
        }
    }

    /** A number as the file and messages show it: 70 rather than 70.0, otherwise in full. */
    public static String number(double v) {
        return isWhole(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A duration in seconds, as the file writes it: 10, or 0.5 for half a second. */
    public static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0.0);
    }
}
