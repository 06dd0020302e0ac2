package org.connectedservice.engine.internal.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.connectedservice.core.model.ThresholdRule;

/**
 * The words of a fault. Values are shown with two decimals rounded half up, as String.format would, but without
 * the formatter's cost: a rule that flaps on thousands of devices must not slow the engine down.
 */
final class FaultText {

    private final ThresholdRule rule;
    private final String thresholdText;

    FaultText(ThresholdRule rule, double shownThreshold) {
        this.rule = rule;
        this.thresholdText = twoDecimals(shownThreshold);
    }

    String raised(double value, String deviceType) {
        String type = deviceType != null ? deviceType : rule.scope().values().get(0);
        return rule.descriptionTemplate()
                .replace("{measurement}", rule.measurement())
                .replace("{value}", twoDecimals(value))
                .replace("{threshold}", thresholdText)
                .replace("{rule}", rule.name())
                .replace("{deviceType}", type);
    }

    String cleared(double value) {
        return rule.measurement() + " reading of " + twoDecimals(value) + " is back within the rule '" + rule.name()
                + "' (" + rule.condition().text() + ")";
    }

    String silent(double seconds) {
        return "No " + rule.measurement() + " data for " + twoDecimals(seconds) + " s (rule '" + rule.name()
                + "' allows " + thresholdText + " s)";
    }

    String resumed(double silentSeconds) {
        return rule.measurement() + " data arrived again after " + twoDecimals(silentSeconds) + " s of silence";
    }

    String retired() {
        return "Rule '" + rule.name() + "' version " + rule.version() + " was changed or removed, which ends this alert";
    }

    static String twoDecimals(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
