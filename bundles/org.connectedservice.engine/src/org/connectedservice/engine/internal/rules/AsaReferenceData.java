package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.ThresholdRule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The rules as Stream Analytics reference data: one row per rule and device type (or device), with lower-case join
 * keys because the console matches device types and ids regardless of case, and a WindowKey naming the window step
 * of the query that computes the rule's value.
 */
final class AsaReferenceData {

    private AsaReferenceData() {
    }

    static String write(List<ThresholdRule> rules) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (ThresholdRule r : rules) {
                for (String scopeValue : r.scope().values()) {
                    writeRow(g, r, scopeValue);
                }
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out + "\n";
    }

    private static void writeRow(JsonGenerator g, ThresholdRule r, String scopeValue) throws IOException {
        boolean byType = r.scope().kind() == RuleScope.Kind.DEVICE_TYPE;
        String key = scopeValue.toLowerCase(Locale.ROOT);
        g.writeStartObject();
        g.writeStringField("RuleId", r.id());
        g.writeNumberField("RuleVersion", r.version());
        g.writeStringField("RuleName", r.name());
        g.writeStringField("DeviceTypeKey", byType ? key : null);
        g.writeStringField("DeviceIdKey", byType ? null : key);
        g.writeStringField("Measurement", r.measurement());
        g.writeStringField("Condition", r.condition().kind().symbol());
        g.writeNumberField("Threshold", r.threshold());
        g.writeFieldName("Upper");
        if (Double.isNaN(r.condition().upper())) {
            g.writeNull();
        } else {
            g.writeNumber(r.condition().upper());
        }
        g.writeStringField("Function", r.aggregation().function().name().toLowerCase(Locale.ROOT));
        g.writeStringField("WindowKey", windowKey(r.aggregation()));
        g.writeStringField("Severity", r.severity().name());
        g.writeStringField("AlertType", r.alertType());
        g.writeStringField("Description", r.descriptionTemplate());
        g.writeEndObject();
    }

    /** e.g. "instant", "tumbling-10s", "hopping-60s-every-10s", "sliding-500ms". */
    static String windowKey(Aggregation a) {
        if (a.isInstant()) {
            return "instant";
        }
        String key = a.window().name().toLowerCase(Locale.ROOT) + "-" + span(a.size(), a);
        return a.window() == Aggregation.Window.HOPPING ? key + "-every-" + span(a.hop(), a) : key;
    }

    /** The window as Stream Analytics writes it, e.g. TumblingWindow(second, 10). */
    static String windowFunction(Aggregation a) {
        String unit = wholeSeconds(a) ? "second" : "millisecond";
        String size = amount(a.size(), a);
        return switch (a.window()) {
            case TUMBLING -> "TumblingWindow(" + unit + ", " + size + ")";
            case HOPPING -> "HoppingWindow(" + unit + ", " + size + ", " + amount(a.hop(), a) + ")";
            default -> "SlidingWindow(" + unit + ", " + size + ")";
        };
    }

    private static String span(Duration d, Aggregation a) {
        return amount(d, a) + (wholeSeconds(a) ? "s" : "ms");
    }

    private static String amount(Duration d, Aggregation a) {
        return String.valueOf(wholeSeconds(a) ? d.toSeconds() : d.toMillis());
    }

    private static boolean wholeSeconds(Aggregation a) {
        return a.size().toMillisPart() == 0 && a.hop().toMillisPart() == 0;
    }
}
