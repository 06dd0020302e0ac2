package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.backtest.LabelledIncident;

/**
 * What Suggest tried and what it chose. Each candidate is a threshold or a sustain duration, with what it does over
 * the range: alerts, flaps, how many of the incidents it alerts on, and the mean delay until it does. chosen is null
 * when no candidate could be judged (no incidents, and the rule raised nothing to keep).
 */
public record Suggestion(Kind kind, String ruleId, List<Candidate> candidates, Candidate chosen,
        List<LabelledIncident> incidents, boolean incidentsFromCurrentAlerts, String reasoning) {

    public enum Kind {
        THRESHOLD, SUSTAIN
    }

    public record Candidate(String label, double threshold, Duration sustain, long alerts, long flaps, int detected,
            int incidents, Duration meanDelay, boolean current) {

        /** The value as the candidates table and the form show it. */
        public String value(Kind kind) {
            return kind == Kind.THRESHOLD ? RuleField.number(threshold) : Texts.duration(sustain);
        }
    }

    public Suggestion {
        candidates = List.copyOf(candidates);
        incidents = List.copyOf(incidents);
    }
}
