package org.connectedservice.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.DetectionDelay;
import org.connectedservice.core.backtest.DeviceRuleOutcome;
import org.connectedservice.core.backtest.RuleSetOutcome;

/** The backtest report as one JSON document, for scripts: durations in milliseconds, times in ISO-8601. */
final class BacktestJson {

    private BacktestJson() {
    }

    static String render(BacktestReport report, String source, Duration flapWindow) {
        return JsonText.object()
                .string("source", source)
                .number("readings", report.readings())
                .millis("elapsedMs", report.elapsed())
                .number("flapMinutes", flapWindow.toMinutes())
                .raw("active", outcome(report.active()))
                .raw("candidate", outcome(report.candidate()))
                .number("appearingCount", report.appearingCount())
                .raw("appearing", array(report.appearing(), BacktestJson::change))
                .number("disappearingCount", report.disappearingCount())
                .raw("disappearing", array(report.disappearing(), BacktestJson::change))
                .end();
    }

    private static String outcome(RuleSetOutcome outcome) {
        DetectionDelay d = outcome.detection();
        String detection = JsonText.object()
                .string("basis", d.basis().name())
                .number("detected", d.detected())
                .number("missed", d.missed())
                .millis("meanMs", d.mean())
                .millis("maxMs", d.max())
                .end();
        return JsonText.object()
                .number("rules", outcome.rules())
                .number("raised", outcome.raised())
                .number("cleared", outcome.cleared())
                .number("flaps", outcome.flaps())
                .raw("detection", detection)
                .raw("perDeviceRule", array(outcome.perDeviceRule(), BacktestJson::pair))
                .end();
    }

    private static String pair(DeviceRuleOutcome o) {
        return JsonText.object()
                .string("deviceId", o.deviceId())
                .string("ruleId", o.ruleId())
                .string("ruleName", o.ruleName())
                .number("raised", o.raised())
                .number("cleared", o.cleared())
                .number("flaps", o.flaps())
                .time("firstRaisedAt", o.firstRaisedAt())
                .millis("firstDetectionDelayMs", o.firstDetectionDelay())
                .end();
    }

    private static String change(AlertChange c) {
        return JsonText.object()
                .string("deviceId", c.deviceId())
                .string("ruleId", c.ruleId())
                .string("ruleName", c.ruleName())
                .string("measurement", c.measurement())
                .time("windowStart", c.windowStart())
                .time("raisedAt", c.raisedAt())
                .number("value", c.value())
                .number("threshold", c.threshold())
                .end();
    }

    private static <T> String array(List<T> items, Function<T, String> render) {
        StringBuilder out = new StringBuilder("[");
        for (T item : items) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(render.apply(item));
        }
        return out.append(']').toString();
    }
}
