package org.connectedservice.ui.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.connectedservice.core.model.IotAlert;

/** The columns of the IoT alerts table: how each shows and sorts. */
enum AlertColumn {
    TIME("Time", 150, a -> AlertColumn.TIME_FORMAT.format(a.time()), Comparator.comparing(IotAlert::time)),
    DEVICE("Device", 120, IotAlert::deviceId, Comparator.comparing(IotAlert::deviceId)),
    RULE("Rule", 200, a -> a.ruleName() + " (v" + a.ruleVersion() + ")", Comparator.comparing(IotAlert::ruleName)),
    READING("Reading", 80, a -> number(a.reading()), Comparator.comparingDouble(IotAlert::reading)),
    THRESHOLD("Threshold", 80, a -> number(a.threshold()), Comparator.comparingDouble(IotAlert::threshold)),
    SEVERITY("Severity", 80, a -> a.severity().name(), Comparator.comparing(IotAlert::severity)),
    STATUS("Status", 80, a -> a.status().name(), Comparator.comparing(IotAlert::status)),
    DESCRIPTION("Description", 320, IotAlert::description, Comparator.comparing(IotAlert::description));

    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final String title;
    private final int width;
    private final Function<IotAlert, String> text;
    private final Comparator<IotAlert> comparator;

    AlertColumn(String title, int width, Function<IotAlert, String> text, Comparator<IotAlert> comparator) {
        this.title = title;
        this.width = width;
        this.text = text;
        this.comparator = comparator;
    }

    String title() {
        return title;
    }

    int width() {
        return width;
    }

    String text(IotAlert alert) {
        return text.apply(alert);
    }

    Comparator<IotAlert> comparator() {
        return comparator;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
