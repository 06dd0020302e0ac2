package org.connectedservice.engine.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;

/**
 * An Azure Stream Analytics query that runs the rules in the cloud, with the rules as reference data so thresholds
 * can be retuned there without touching the query. Instant rules join each reading to the reference rows on device
 * type (or device) and measurement; aggregate rules get one windowed step per distinct window; faults are
 * edge-triggered with LAG per device and rule. Rules the query cannot run are listed at the top with the reason.
 */
public final class AsaExport {

    /** The .asaql text, the reference data JSON for the RulesReference input, and the rules left out. */
    public record Result(String query, String referenceData, List<LeftOutRule> leftOut) {
    }

    public static final String INPUT = "IoTHubInput";
    public static final String REFERENCE = "RulesReference";
    public static final String OUTPUT = "AlertsOutput";

    private static final String RULE_COLUMNS = "RuleId, RuleVersion, RuleName, Measurement, Condition, Threshold, "
            + "Upper, Severity, AlertType, Description";

    private AsaExport() {
    }

    public static Result export(RuleSetVersion version) {
        List<ThresholdRule> exported = new ArrayList<>();
        List<LeftOutRule> leftOut = new ArrayList<>();
        for (ThresholdRule rule : version.rules()) {
            String reason = AsaExportCheck.whyNot(rule);
            if (reason == null) {
                exported.add(rule);
            } else {
                leftOut.add(LeftOutRule.of(rule, reason));
            }
        }
        StringBuilder q = new StringBuilder(header(version, leftOut));
        if (exported.isEmpty()) {
            q.append("-- No rule of this version can run in Stream Analytics, so there is no query.\n");
        } else {
            q.append(body(exported));
        }
        return new Result(q.toString(), AsaReferenceData.write(exported), leftOut);
    }

    private static String header(RuleSetVersion v, List<LeftOutRule> leftOut) {
        StringBuilder h = new StringBuilder();
        h.append("-- Azure Stream Analytics query for Connected Service Console rules version ").append(v.number())
                .append(" (").append(v.time()).append(", ").append(v.author()).append(": ").append(v.comment())
                .append(")\n");
        h.append("-- Inputs:  ").append(INPUT).append(" - the IoT Hub stream; each device sends its type in the "
                + "DeviceType application property\n");
        h.append("--          ").append(REFERENCE).append(" - reference data: the rules JSON exported with this "
                + "query (one row per rule and device type or device)\n");
        h.append("-- Output:  ").append(OUTPUT).append(" - one row per fault Raised or Cleared\n");
        h.append("-- Faults are edge-triggered per device and rule: raised when the condition becomes true, cleared "
                + "when it becomes false; state older than 1 day is forgotten.\n");
        if (leftOut.isEmpty()) {
            h.append("-- Every rule is exported.\n");
        } else {
            h.append("-- Rules left out, as Stream Analytics cannot run them like the console does:\n");
            leftOut.forEach(r -> h.append("--   ").append(r.text()).append('\n'));
        }
        return h.append('\n').toString();
    }

    private static String body(List<ThresholdRule> rules) {
        Map<String, Aggregation> windows = new LinkedHashMap<>();
        rules.stream().map(ThresholdRule::aggregation).filter(a -> !a.isInstant())
                .forEach(a -> windows.putIfAbsent(AsaReferenceData.windowKey(a), a));
        Set<RuleScope.Kind> instant = scopes(rules, r -> r.aggregation().isInstant()
                && r.condition().kind() != ConditionKind.RATE_OF_CHANGE);
        Set<RuleScope.Kind> rates = scopes(rules, r -> r.condition().kind() == ConditionKind.RATE_OF_CHANGE);

        StringBuilder q = new StringBuilder("WITH Readings AS (\n");
        q.append("    SELECT\n");
        q.append("        T.IoTHub.ConnectionDeviceId AS DeviceId,\n");
        q.append("        LOWER(T.IoTHub.ConnectionDeviceId) AS DeviceIdKey,\n");
        q.append("        LOWER(CAST(GetMetadataPropertyValue(T, '[User].[DeviceType]') AS nvarchar(max))) AS DeviceTypeKey,\n");
        q.append("        P.PropertyName AS Measurement,\n");
        q.append("        TRY_CAST(P.PropertyValue AS float) AS Value,\n");
        q.append("        System.Timestamp() AS EventTime\n");
        q.append("    FROM ").append(INPUT).append(" T TIMESTAMP BY T.EventEnqueuedUtcTime\n");
        q.append("    CROSS APPLY GetRecordProperties(T) AS P\n");
        q.append("    WHERE TRY_CAST(P.PropertyValue AS float) IS NOT NULL\n");
        q.append("),\n");
        if (!rates.isEmpty()) {
            String lag = " OVER (PARTITION BY DeviceId, Measurement LIMIT DURATION(hour, 1))";
            q.append("Rates AS (\n");
            q.append("    SELECT DeviceId, DeviceIdKey, DeviceTypeKey, Measurement, EventTime,\n");
            q.append("        CASE WHEN DATEDIFF(millisecond, LAG(EventTime)").append(lag).append(", EventTime) > 0\n");
            q.append("            THEN (Value - LAG(Value)").append(lag).append(") * 60000.0\n");
            q.append("                / DATEDIFF(millisecond, LAG(EventTime)").append(lag).append(", EventTime)\n");
            q.append("        END AS Value\n");
            q.append("    FROM Readings\n");
            q.append("),\n");
        }
        List<String> branches = new ArrayList<>();
        branches.addAll(joins(instant, "Readings", "Ref.WindowKey = 'instant' AND Ref.Condition <> 'rate'", null));
        branches.addAll(joins(rates, "Rates",
                "Ref.WindowKey = 'instant' AND Ref.Condition = 'rate' AND R.Value IS NOT NULL", null));
        for (Map.Entry<String, Aggregation> w : windows.entrySet()) {
            Set<RuleScope.Kind> kinds = scopes(rules, r -> AsaReferenceData.windowKey(r.aggregation()).equals(w.getKey()));
            branches.addAll(joins(kinds, "Readings", "Ref.WindowKey = '" + w.getKey() + "'",
                    AsaReferenceData.windowFunction(w.getValue())));
        }
        q.append("RuleValues AS (\n").append(String.join("    UNION\n", branches)).append("),\n");
        q.append("Checks AS (\n");
        q.append("    SELECT DeviceId, EventTime, Value, ").append(RULE_COLUMNS).append(",\n");
        q.append("        CASE\n");
        q.append("            WHEN Condition = '>' AND Value > Threshold THEN 1\n");
        q.append("            WHEN Condition = '>=' AND Value >= Threshold THEN 1\n");
        q.append("            WHEN Condition = '<' AND Value < Threshold THEN 1\n");
        q.append("            WHEN Condition = '<=' AND Value <= Threshold THEN 1\n");
        q.append("            WHEN Condition = 'outside' AND (Value < Threshold OR Value > Upper) THEN 1\n");
        q.append("            WHEN Condition = 'inside' AND Value >= Threshold AND Value <= Upper THEN 1\n");
        q.append("            WHEN Condition = 'rate' AND ABS(Value) > Threshold THEN 1\n");
        q.append("            ELSE 0\n");
        q.append("        END AS Broken\n");
        q.append("    FROM RuleValues\n");
        q.append("),\n");
        q.append("Edges AS (\n");
        q.append("    SELECT DeviceId, EventTime, Value, ").append(RULE_COLUMNS).append(", Broken,\n");
        q.append("        LAG(Broken, 1, 0) OVER (PARTITION BY DeviceId, RuleId LIMIT DURATION(day, 1)) AS WasBroken\n");
        q.append("    FROM Checks\n");
        q.append(")\n");
        q.append("SELECT\n");
        q.append("    CASE WHEN Broken = 1 THEN 'Raised' ELSE 'Cleared' END AS Kind,\n");
        q.append("    DeviceId, RuleId, RuleVersion, RuleName, Measurement, Value, Threshold, Severity, AlertType,\n");
        q.append("    REPLACE(REPLACE(REPLACE(REPLACE(Description, '{measurement}', Measurement), '{value}', "
                + "CAST(Value AS nvarchar(max))), '{threshold}', CAST(Threshold AS nvarchar(max))), '{rule}', "
                + "RuleName) AS Description,\n");
        q.append("    EventTime AS Time\n");
        q.append("INTO ").append(OUTPUT).append('\n');
        q.append("FROM Edges\n");
        q.append("WHERE Broken <> WasBroken\n");
        return q.toString();
    }

    private static Set<RuleScope.Kind> scopes(List<ThresholdRule> rules, Predicate<ThresholdRule> which) {
        Set<RuleScope.Kind> kinds = EnumSet.noneOf(RuleScope.Kind.class);
        rules.stream().filter(which).forEach(r -> kinds.add(r.scope().kind()));
        return kinds;
    }

    /** One SELECT per kind of scope, joined to the reference rows; grouped by the window when there is one. */
    private static List<String> joins(Set<RuleScope.Kind> scopes, String from, String where, String window) {
        List<String> selects = new ArrayList<>();
        for (RuleScope.Kind scope : scopes) {
            String key = scope == RuleScope.Kind.DEVICE_TYPE ? "DeviceTypeKey" : "DeviceIdKey";
            String ruleColumns = List.of(RULE_COLUMNS.split(", ")).stream().map(c -> "Ref." + c)
                    .collect(Collectors.joining(", "));
            StringBuilder s = new StringBuilder("    SELECT R.DeviceId, ");
            if (window == null) {
                s.append("R.EventTime, R.Value, ");
            } else {
                s.append("System.Timestamp() AS EventTime,\n        CASE Ref.Function WHEN 'avg' THEN AVG(R.Value) "
                        + "WHEN 'min' THEN MIN(R.Value) WHEN 'max' THEN MAX(R.Value) ELSE COUNT(*) END AS Value,\n"
                        + "        ");
            }
            s.append(ruleColumns).append('\n');
            s.append("    FROM ").append(from).append(" R\n");
            s.append("    JOIN ").append(REFERENCE).append(" Ref ON R.").append(key).append(" = Ref.").append(key)
                    .append(" AND R.Measurement = Ref.Measurement\n");
            s.append("    WHERE ").append(where).append('\n');
            if (window != null) {
                s.append("    GROUP BY R.DeviceId, Ref.Function, ").append(ruleColumns).append(", ").append(window)
                        .append('\n');
            }
            selects.add(s.toString());
        }
        return selects;
    }
}
