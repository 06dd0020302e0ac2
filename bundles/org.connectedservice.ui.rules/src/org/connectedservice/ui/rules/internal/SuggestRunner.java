package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.internal.Suggestion.Kind;

/** Runs Suggest in the background over the tuning's cached readings and keeps its newest outcome. */
final class SuggestRunner {

    private record Ask(Kind kind, ThresholdRule rule, HistoryRange range, List<LabelledIncident> incidents,
            Duration flapWindow) {
    }

    private final ThresholdSuggester suggester;
    private final TuningBacktest tuning;
    private final Runnable changed;
    private final Worker worker;
    private volatile Ask ask;
    private volatile SuggestState state = new SuggestState(null, "");

    SuggestRunner(ThresholdSuggester suggester, TuningBacktest tuning, Worker.Factory workers, Runnable changed) {
        this.suggester = suggester;
        this.tuning = tuning;
        this.changed = changed;
        this.worker = workers.create("Suggesting a threshold", this::run);
    }

    void start(Kind kind, ThresholdRule rule, HistoryRange range, List<LabelledIncident> incidents,
            Duration flapWindow) {
        ask = new Ask(kind, rule, range, List.copyOf(incidents), flapWindow);
        show(new SuggestState(null, "Backtesting " + (kind == Kind.THRESHOLD ? "thresholds" : "sustain durations")
                + " for " + rule.name() + "..."));
        worker.schedule(0);
    }

    SuggestState state() {
        return state;
    }

    void clear() {
        ask = null;
        show(new SuggestState(null, ""));
    }

    private void run(BooleanSupplier cancelled) {
        Ask mine = ask;
        if (mine == null) {
            return;
        }
        BooleanSupplier stale = () -> cancelled.getAsBoolean() || ask != mine;
        try {
            TuningRequest request = new TuningRequest(null, mine.rule(), mine.range(), mine.incidents(),
                    mine.flapWindow());
            ReadingCache readings = tuning.readings(request, stale);
            Suggestion s = readings == null ? null
                    : suggester.suggest(mine.kind(), mine.rule(), readings, mine.incidents(), mine.flapWindow(), stale);
            if (s != null && !stale.getAsBoolean()) {
                show(new SuggestState(s, s.reasoning()));
            }
        } catch (RuntimeException e) {
            if (!stale.getAsBoolean()) {
                show(new SuggestState(null, "No suggestion: " + e.getMessage()));
            }
        }
    }

    private void show(SuggestState s) {
        state = s;
        changed.run();
    }
}
