package org.connectedservice.ui.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.backtest.IncidentDetection;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.backtest.RuleSetOutcome;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.internal.Suggestion.Candidate;
import org.connectedservice.ui.rules.internal.Suggestion.Kind;

/**
 * Proposes a threshold or a sustain duration that still alerts on every incident but flaps least. Threshold
 * candidates are percentiles of the readings the rule watches over the range (the upper tail for > rules, the
 * lower tail for < rules, rates per minute for rate rules); sustain candidates are fixed steps. Each is backtested;
 * among those detecting the most incidents (all, if any does) the fewest flaps win, then the fewest alerts, then the
 * value nearest the current one. With no labelled incidents, the episodes the current rule alerts on are the
 * incidents (raises on a device closer than the flap window make one episode), so the choice cuts repeats without
 * losing an episode.
 */
public final class ThresholdSuggester {

    static final double[] UPPER_TAIL = { 50, 75, 90, 95, 97.5, 99, 99.5, 99.9 };
    static final double[] LOWER_TAIL = { 50, 25, 10, 5, 2.5, 1, 0.5, 0.1 };
    static final long[] SUSTAIN_SECONDS = { 0, 5, 10, 15, 30, 60, 120, 300 };

    private final Backtester backtester;

    public ThresholdSuggester(Backtester backtester) {
        this.backtester = backtester;
    }

    /** @return null when cancelled */
    public Suggestion suggest(Kind kind, ThresholdRule rule, ReadingCache readings, List<LabelledIncident> labelled,
            Duration flapWindow, BooleanSupplier cancelled) {
        BacktestOptions plain = new BacktestOptions(flapWindow, List.of(), Integer.MAX_VALUE);
        boolean fromAlerts = labelled.isEmpty();
        List<LabelledIncident> incidents = labelled;
        if (fromAlerts) {
            BacktestReport own = backtester.compare(List.of(rule), List.of(),
                    readings.readings(List.of(rule), cancelled), plain);
            incidents = Incidents.episodes(own.disappearing(), flapWindow);
        }
        if (cancelled.getAsBoolean()) {
            return null;
        }
        Map<String, ThresholdRule> tried = kind == Kind.THRESHOLD ? thresholds(rule, readings) : sustains(rule);
        BacktestOptions options = new BacktestOptions(flapWindow, incidents, 1);
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, ThresholdRule> c : tried.entrySet()) {
            ThresholdRule r = c.getValue();
            RuleSetOutcome o = backtester.compare(List.of(), List.of(r), readings.readings(List.of(r), cancelled),
                    options).candidate();
            if (cancelled.getAsBoolean()) {
                return null;
            }
            int detected = (int) o.incidents().stream().filter(IncidentDetection::detected).count();
            candidates.add(new Candidate(c.getKey(), r.threshold(), r.sustain(), o.raised(), o.flaps(), detected,
                    incidents.size(), o.detection().mean(), r.threshold() == rule.threshold()
                            && r.sustain().equals(rule.sustain())));
        }
        Candidate chosen = incidents.isEmpty() ? null : choose(kind, candidates, rule);
        return new Suggestion(kind, rule.id(), candidates, chosen, incidents, fromAlerts,
                SuggestionText.reasoning(kind, candidates, chosen, incidents.size(), fromAlerts, readings, rule,
                        flapWindow));
    }

    private static Candidate choose(Kind kind, List<Candidate> candidates, ThresholdRule rule) {
        int most = candidates.stream().mapToInt(Candidate::detected).max().orElse(0);
        Comparator<Candidate> order = Comparator.comparingLong(Candidate::flaps).thenComparingLong(Candidate::alerts)
                .thenComparingDouble(c -> kind == Kind.THRESHOLD ? Math.abs(c.threshold() - rule.threshold())
                        : c.sustain().toMillis());
        return candidates.stream().filter(c -> c.detected() == most).min(order).orElse(null);
    }

    private static Map<String, ThresholdRule> thresholds(ThresholdRule rule, ReadingCache readings) {
        ConditionKind k = rule.condition().kind();
        double[] values = k == ConditionKind.RATE_OF_CHANGE ? Incidents.ratesPerMinute(readings, rule)
                : readings.valuesFor(rule);
        boolean lower = k == ConditionKind.LESS_THAN || k == ConditionKind.LESS_OR_EQUAL;
        if (k == ConditionKind.OUTSIDE_BAND || k == ConditionKind.INSIDE_BAND || k == ConditionKind.NO_DATA) {
            throw new IllegalArgumentException("a threshold can be suggested for >, >=, <, <= and rate rules; for "
                    + "this " + k.symbol() + " rule, suggest a sustain instead");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("there are no " + rule.measurement() + " readings the rule watches in "
                    + "the range; pick a longer range or let the devices report first");
        }
        Arrays.sort(values);
        Map<String, ThresholdRule> tried = new LinkedHashMap<>();
        tried.put("current", rule);
        for (double p : lower ? LOWER_TAIL : UPPER_TAIL) {
            double v = round(values[(int) Math.min(values.length - 1, Math.floor(p / 100 * values.length))]);
            Double clear = rule.clearThreshold();
            boolean keepsHysteresis = clear == null || (lower ? v <= clear : v >= clear);
            if (keepsHysteresis && tried.values().stream().noneMatch(r -> r.threshold() == v)) {
                tried.put("p" + RuleField.number(p), rule.withThreshold(v));
            }
        }
        return tried;
    }

    private static Map<String, ThresholdRule> sustains(ThresholdRule rule) {
        Map<String, ThresholdRule> tried = new LinkedHashMap<>();
        tried.put("current", rule);
        for (long s : SUSTAIN_SECONDS) {
            Duration d = Duration.ofSeconds(s);
            if (!d.equals(rule.sustain())) {
                try {
                    tried.put(Texts.duration(d), RuleField.SUSTAIN.apply(rule, Long.toString(s)));
                } catch (FieldProblem e) {
                    throw new IllegalStateException("a sustain of " + s + " s was refused: " + e.getMessage(), e);
                }
            }
        }
        return tried;
    }

    static double round(double v) {
        return v == 0 || !Double.isFinite(v) ? v : new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }
}
