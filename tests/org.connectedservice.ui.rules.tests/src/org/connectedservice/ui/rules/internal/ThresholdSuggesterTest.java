package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.backtest.EngineBacktester;
import org.connectedservice.ui.rules.internal.Suggestion.Candidate;
import org.connectedservice.ui.rules.internal.Suggestion.Kind;
import org.junit.jupiter.api.Test;

class ThresholdSuggesterTest {

    private static final Duration FLAP_WINDOW = BacktestOptions.DEFAULT_FLAP_WINDOW;
    private static final ThresholdRule HOT = ThresholdRule.greaterThan("hot", 1, "AlarmTemp", "Thermostat",
            "Temperature", 70, Severity.HIGH);

    private final ReadingCache readings = new ReadingSource(HourOfThermostats::history, () -> null, () -> null,
            Clock.fixed(HourOfThermostats.END, ZoneOffset.UTC)).load(Set.of("Temperature"), HistoryRange.LAST_HOUR,
                    () -> false);
    private final ThresholdSuggester suggester = new ThresholdSuggester(new EngineBacktester(id -> null, () -> null));

    @Test
    void aLabelledIncidentKeepsItsAlertWhileTheFlappingDeviceGoesQuiet() {
        Suggestion s = suggester.suggest(Kind.THRESHOLD, HOT, readings, List.of(HourOfThermostats.incident()),
                FLAP_WINDOW, () -> false);

        Candidate chosen = s.chosen();
        assertEquals(1, chosen.detected());
        assertEquals(0, chosen.flaps());
        assertEquals(1, chosen.alerts());
        assertTrue(chosen.threshold() > HourOfThermostats.HOVER_MAX && chosen.threshold() < 90, "" + chosen);
        Candidate current = s.candidates().get(0);
        assertTrue(current.current());
        assertTrue(current.flaps() > 10, "70 flaps on t3: " + current);
        assertTrue(s.candidates().size() >= 5, "percentile candidates: " + s.candidates());
        assertTrue(s.reasoning().contains("The labelled incident must still alert. Suggested "
                + chosen.value(Kind.THRESHOLD) + " (" + chosen.label() + "): alerts on 1 of 1 incidents with 1 alerts"
                + " and 0 flaps; the current 70: 1 of 1 with " + current.alerts() + " alerts and " + current.flaps()
                + " flaps."), s.reasoning());
    }

    @Test
    void withoutLabelsTheEpisodesTheCurrentRuleAlertsOnMustStayAlerted() {
        Suggestion s = suggester.suggest(Kind.THRESHOLD, HOT, readings, List.of(), FLAP_WINDOW, () -> false);

        assertTrue(s.incidentsFromCurrentAlerts());
        assertEquals(Set.of("t3", "t5"), Set.copyOf(s.incidents().stream().map(i -> i.deviceId()).toList()));
        assertEquals(s.incidents().size(), s.chosen().detected());
        assertTrue(s.chosen().flaps() <= s.candidates().get(0).flaps());
    }

    @Test
    void aSustainIsSuggestedWhenItHidesTheShortBreaks() {
        Suggestion s = suggester.suggest(Kind.SUSTAIN, HOT, readings, List.of(HourOfThermostats.incident()),
                FLAP_WINDOW, () -> false);

        assertEquals(1, s.chosen().detected());
        assertEquals(0, s.chosen().flaps());
        assertTrue(s.chosen().sustain().compareTo(Duration.ofSeconds(5)) >= 0, "" + s.chosen());
        assertEquals(Duration.ofSeconds(300), s.candidates().get(s.candidates().size() - 1).sustain());
    }

    @Test
    void aBandRuleGetsNoThresholdButIsToldWhatToTry() throws Exception {
        ThresholdRule band = RuleField.CONDITION.apply(HOT, ConditionKind.OUTSIDE_BAND.symbol());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> suggester.suggest(
                Kind.THRESHOLD, band, readings, List.of(), FLAP_WINDOW, () -> false));
        assertTrue(e.getMessage().endsWith("suggest a sustain instead"), e.getMessage());
    }

    @Test
    void aCancelledSuggestionReturnsNothing() {
        assertNull(suggester.suggest(Kind.THRESHOLD, HOT, readings, List.of(), FLAP_WINDOW, () -> true));
    }
}
