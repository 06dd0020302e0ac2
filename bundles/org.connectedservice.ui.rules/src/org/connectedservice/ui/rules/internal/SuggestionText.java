package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.internal.Suggestion.Candidate;
import org.connectedservice.ui.rules.internal.Suggestion.Kind;

/** Suggest's reasoning in numbers, as the panel prints it above the candidates table. */
final class SuggestionText {

    private SuggestionText() {
    }

    static String reasoning(Kind kind, List<Candidate> candidates, Candidate chosen, int incidents,
            boolean fromAlerts, ReadingCache readings, ThresholdRule rule, Duration flapWindow) {
        String what = kind == Kind.THRESHOLD ? "thresholds (percentiles of the readings " + rule.name() + " watches)"
                : "sustain durations";
        StringBuilder text = new StringBuilder();
        text.append(String.format("Tried %d %s over %,d readings from %s, %s to %s. ", candidates.size(), what,
                readings.size(), readings.source(), Texts.time(readings.from()), Texts.time(readings.to())));
        if (fromAlerts) {
            text.append(String.format("No incidents are labelled, so the %d episodes the current rule alerts on "
                    + "(raises less than %s apart merged) must all still alert. ", incidents,
                    Texts.duration(flapWindow)));
        } else {
            text.append(incidents == 1 ? "The labelled incident must still alert. "
                    : String.format("All %d labelled incidents must still alert. ", incidents));
        }
        if (chosen == null) {
            return text.append("The current rule raised nothing over the range and no incidents are labelled, so "
                    + "there is nothing to keep or cut: label incidents, or pick a longer range.").toString();
        }
        Candidate current = candidates.stream().filter(Candidate::current).findFirst().orElse(chosen);
        String label = chosen.label().equals(chosen.value(kind)) ? "" : " (" + chosen.label() + ")";
        text.append(String.format("Suggested %s%s: alerts on %d of %d incidents with %d alerts and %d flaps",
                chosen.value(kind), label, chosen.detected(), chosen.incidents(), chosen.alerts(), chosen.flaps()));
        text.append(String.format("; the current %s: %d of %d with %d alerts and %d flaps.", current.value(kind),
                current.detected(), current.incidents(), current.alerts(), current.flaps()));
        if (chosen.detected() < chosen.incidents()) {
            text.append(" No candidate alerts on every incident; this one misses the fewest.");
        }
        return text.toString();
    }
}
