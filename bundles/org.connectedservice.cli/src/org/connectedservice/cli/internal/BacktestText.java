package org.connectedservice.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.DetectionDelay;
import org.connectedservice.core.backtest.DeviceRuleOutcome;
import org.connectedservice.core.backtest.RuleSetOutcome;

/** The backtest report as a person reads it in a terminal: totals side by side, then per device and rule. */
final class BacktestText {

    private BacktestText() {
    }

    static String render(BacktestReport report, String source, String activeName, String candidateName,
            Duration flapWindow) {
        StringBuilder out = new StringBuilder();
        line(out, "Backtest over %s: %,d readings in %s", source, report.readings(), seconds(report.elapsed()));
        line(out, "  active:    %s (%d rules)", activeName, report.active().rules());
        line(out, "  candidate: %s (%d rules)", candidateName, report.candidate().rules());
        out.append('\n');
        line(out, "%-32s %12s %12s", "", "active", "candidate");
        row(out, "faults raised", report.active().raised(), report.candidate().raised());
        row(out, "faults cleared", report.active().cleared(), report.candidate().cleared());
        row(out, "flaps (cleared within " + flapWindow.toMinutes() + " min)", report.active().flaps(),
                report.candidate().flaps());
        line(out, "%-32s %12s %12s", "first-detection delay, mean", seconds(report.active().detection().mean()),
                seconds(report.candidate().detection().mean()));
        line(out, "%-32s %12s %12s", "first-detection delay, max", seconds(report.active().detection().max()),
                seconds(report.candidate().detection().max()));
        row(out, "device x rule pairs detected", report.active().detection().detected(),
                report.candidate().detection().detected());
        if (report.active().detection().basis() == DetectionDelay.Basis.FIRST_BREAKING_READING) {
            line(out, "  (delay: from the first reading or window that broke a rule to its first raise)");
        }
        perDeviceRule(out, "active", report.active());
        perDeviceRule(out, "candidate", report.candidate());
        changes(out, "Alerts only the candidate raises (appearing)", report.appearingCount(), report.appearing());
        changes(out, "Alerts only the active rules raise (disappearing)", report.disappearingCount(),
                report.disappearing());
        return out.toString();
    }

    private static void perDeviceRule(StringBuilder out, String which, RuleSetOutcome outcome) {
        out.append('\n');
        line(out, "Per device and rule, %s:", which);
        if (outcome.perDeviceRule().isEmpty()) {
            line(out, "  no faults");
            return;
        }
        line(out, "  %-20s %-28s %7s %8s %6s  %-24s %s", "device", "rule", "raised", "cleared", "flaps",
                "first raised", "delay");
        for (DeviceRuleOutcome o : outcome.perDeviceRule()) {
            line(out, "  %-20s %-28s %7d %8d %6d  %-24s %s", o.deviceId(), o.ruleId(), o.raised(), o.cleared(),
                    o.flaps(), o.firstRaisedAt() == null ? "-" : o.firstRaisedAt().toString(),
                    o.firstDetectionDelay() == null ? "-" : seconds(o.firstDetectionDelay()));
        }
    }

    private static void changes(StringBuilder out, String title, long count, List<AlertChange> listed) {
        out.append('\n');
        line(out, "%s: %d", title, count);
        for (AlertChange c : listed) {
            line(out, "  %s  %-20s %-28s %s %s (threshold %s)", c.raisedAt(), c.deviceId(), c.ruleId(),
                    c.measurement(), number(c.value()), number(c.threshold()));
        }
        if (listed.size() < count) {
            line(out, "  ... and %d more", count - listed.size());
        }
    }

    private static void row(StringBuilder out, String label, long active, long candidate) {
        line(out, "%-32s %12d %12d", label, active, candidate);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String seconds(Duration duration) {
        if (duration == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
