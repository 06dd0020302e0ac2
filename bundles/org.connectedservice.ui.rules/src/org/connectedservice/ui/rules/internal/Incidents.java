package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.ThresholdRule;

/** Where the incidents Suggest must keep come from, when the user does not type them in. */
public final class Incidents {

    private Incidents() {
    }

    /**
     * Alerts grouped into episodes per device: a raise within the flap window of the previous one belongs to the same
     * episode. An episode runs from its first raise to a flap window after its last.
     */
    public static List<LabelledIncident> episodes(List<AlertChange> raises, Duration flapWindow) {
        return group(raises, AlertChange::deviceId, AlertChange::measurement, AlertChange::raisedAt, flapWindow);
    }

    /** The console's ACTIVE and CLEARED alerts of a rule in [from, to) as episodes; closed alerts were dismissed. */
    public static List<LabelledIncident> fromAlerts(List<IotAlert> alerts, String ruleId, Instant from, Instant to,
            Duration flapWindow) {
        List<IotAlert> kept = alerts.stream().filter(a -> a.ruleId().equals(ruleId))
                .filter(a -> a.status() == AlertStatus.ACTIVE || a.status() == AlertStatus.CLEARED)
                .filter(a -> !a.time().isBefore(from) && a.time().isBefore(to)).toList();
        return group(kept, IotAlert::deviceId, IotAlert::measurement, IotAlert::time, flapWindow);
    }

    /** A row the user typed: device, start and end (end may be empty for an incident still going on). */
    public static LabelledIncident parse(String device, String measurement, String start, String end) {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("name the device the incident happened on, like thermostat-07");
        }
        Instant s = Texts.parseTime(start, "start");
        Instant e = end == null || end.isBlank() ? null : Texts.parseTime(end, "end");
        return new LabelledIncident(device.trim(), measurement == null || measurement.isBlank() ? null
                : measurement.trim(), s, e);
    }

    /** |change| per minute between consecutive readings of each trace the rule watches, as rate rules see it. */
    static double[] ratesPerMinute(ReadingCache readings, ThresholdRule rule) {
        List<Double> rates = new ArrayList<>();
        for (ReadingCache.Trace t : readings.traces()) {
            if (ReadingCache.watches(rule, t)) {
                for (int i = 1; i < t.times().length; i++) {
                    long ms = t.times()[i] - t.times()[i - 1];
                    if (ms > 0) {
                        rates.add(Math.abs(t.values()[i] - t.values()[i - 1]) * 60_000.0 / ms);
                    }
                }
            }
        }
        return rates.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static <T> List<LabelledIncident> group(List<T> raises, Function<T, String> device,
            Function<T, String> measurement, Function<T, Instant> time, Duration flapWindow) {
        List<T> sorted = new ArrayList<>(raises);
        sorted.sort(Comparator.comparing(device).thenComparing(time));
        List<LabelledIncident> episodes = new ArrayList<>();
        T first = null;
        T last = null;
        for (T raise : sorted) {
            boolean sameEpisode = last != null && device.apply(last).equals(device.apply(raise))
                    && !time.apply(raise).isAfter(time.apply(last).plus(flapWindow));
            if (!sameEpisode && first != null) {
                episodes.add(episode(first, last, device, measurement, time, flapWindow));
                first = raise;
            } else if (first == null) {
                first = raise;
            }
            last = raise;
        }
        if (first != null) {
            episodes.add(episode(first, last, device, measurement, time, flapWindow));
        }
        episodes.sort(Comparator.comparing(LabelledIncident::start));
        return episodes;
    }

    private static <T> LabelledIncident episode(T first, T last, Function<T, String> device,
            Function<T, String> measurement, Function<T, Instant> time, Duration flapWindow) {
        return new LabelledIncident(device.apply(first), measurement.apply(first), time.apply(first),
                time.apply(last).plus(flapWindow));
    }
}
