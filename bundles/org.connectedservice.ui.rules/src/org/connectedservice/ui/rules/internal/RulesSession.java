package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.engine.internal.rules.RuleChecks;
import org.connectedservice.ui.rules.BacktestFigures;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.connectedservice.ui.rules.internal.Suggestion.Kind;

/**
 * One window's rules editing: the draft with its undo history, the backtest of the selected rule's candidate against
 * the active version, Suggest, labelled incidents, and applying or rolling back versions. The draft is used on the
 * UI thread (ui runs there); backtests run on workers and report through the listeners.
 */
public final class RulesSession implements ThresholdTuning, AutoCloseable {

    private final SessionServices services;
    private final RulesRepository repository;
    private final Executor ui;
    private final RulesDraft draft;
    private final TuningBacktest tuning;
    private final SuggestRunner suggest;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<LabelledIncident> incidents = new ArrayList<>();
    private final AutoCloseable repositorySubscription;
    private HistoryRange range = HistoryRange.LAST_DAY;
    private final Duration flapWindow = BacktestOptions.DEFAULT_FLAP_WINDOW;
    private TuningRequest lastRequest;
    private volatile TuningState tuningState = new TuningState(null, "Pick a rule to backtest it.", false);
    private volatile RuleSetVersion newerActive;
    private volatile String onChart;

    public RulesSession(SessionServices services, Worker.Factory workers, Executor ui) {
        this.services = services;
        this.repository = services.repository();
        this.ui = ui;
        this.draft = new RulesDraft(repository.activeVersion());
        Worker tuningWorker = workers.create("Backtesting a candidate rule", c -> tuning().runLatest(c));
        this.tuning = new TuningBacktest(services.backtester(), services.readings(), this::tuned,
                tuningWorker::schedule);
        this.suggest = new SuggestRunner(new ThresholdSuggester(services.backtester()), tuning, workers, this::changed);
        draft.subscribe(this::draftChanged);
        repositorySubscription = repository.subscribe(v -> ui.execute(() -> versionMade(v)));
        retune();
    }

    private TuningBacktest tuning() {
        return tuning;
    }

    /** Backtests the selected rule again when newer history is worth loading (see ReadingSource.outdated). */
    public void refreshIfOutdated() {
        tuning.refreshIfOutdated();
    }

    public RulesDraft draft() {
        return draft;
    }

    public RulesRepository repository() {
        return repository;
    }

    @Override
    public void setCandidateThreshold(String ruleId, double value) {
        draft.select(ruleId);
        draft.setThreshold(ruleId, value);
    }

    @Override
    public void setCandidateClearThreshold(String ruleId, Double value) {
        draft.select(ruleId);
        draft.setClearThreshold(ruleId, value);
    }

    @Override
    public void openOnChart(String ruleId) {
        if (draft.rule(ruleId).isEmpty()) {
            throw new IllegalArgumentException("the draft has no rule " + ruleId + "; pick one of its rules");
        }
        draft.select(ruleId);
        onChart = ruleId;
        changed();
    }

    @Override
    public Optional<ThresholdRule> ruleOnChart() {
        String id = onChart;
        return id == null ? Optional.empty() : draft.rule(id);
    }

    @Override
    public void closeOnChart() {
        onChart = null;
        changed();
    }

    @Override
    public String backtestStatus() {
        return tuningState.status();
    }

    @Override
    public void finishDrag() {
        draft.seal();
    }

    @Override
    public Optional<ThresholdRule> candidateRule(String ruleId) {
        return draft.rule(ruleId);
    }

    @Override
    public Optional<BacktestFigures> latestFigures() {
        return Optional.ofNullable(tuningState.result()).map(TuningResult::figures);
    }

    @Override
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public TuningState tuningState() {
        return tuningState;
    }

    public SuggestState suggestState() {
        return suggest.state();
    }

    /** A version someone else made while the draft had edits; null when the draft is based on the active version. */
    public RuleSetVersion newerActive() {
        return newerActive;
    }

    public HistoryRange range() {
        return range;
    }

    public void setRange(HistoryRange newRange) {
        range = Objects.requireNonNull(newRange);
        retune();
    }

    /** Loads the range's readings again, so readings stored since the last load count. */
    public void reloadReadings() {
        tuning.reload();
    }

    public List<LabelledIncident> incidents() {
        return List.copyOf(incidents);
    }

    public void addIncident(LabelledIncident incident) {
        incidents.add(incident);
        incidentsChanged();
    }

    public void removeIncident(int index) {
        incidents.remove(index);
        incidentsChanged();
    }

    /** Replaces the labelled incidents with the selected rule's ACTIVE and CLEARED alerts in the range, as episodes. */
    public int incidentsFromAlerts() {
        AlertStore store = services.alerts().get();
        Optional<ThresholdRule> rule = draft.selectedRule();
        if (store == null || rule.isEmpty()) {
            return 0;
        }
        Instant now = services.clock().instant();
        incidents.clear();
        incidents.addAll(Incidents.fromAlerts(store.newest(50_000), rule.get().id(), now.minus(range.length()), now,
                flapWindow));
        incidentsChanged();
        return incidents.size();
    }

    public void suggest(Kind kind) {
        ThresholdRule rule = draft.selectedRule().orElseThrow(() -> new IllegalStateException("select a rule first"));
        suggest.start(kind, rule, range, incidents, flapWindow);
    }

    /** Puts the suggested value into the draft (an undoable edit). */
    public void takeSuggestion() {
        Suggestion s = suggest.state().suggestion();
        if (s == null || s.chosen() == null || draft.rule(s.ruleId()).isEmpty()) {
            return;
        }
        draft.select(s.ruleId());
        if (s.kind() == Kind.THRESHOLD) {
            draft.setThreshold(s.ruleId(), s.chosen().threshold());
        } else {
            draft.edit(s.ruleId(), RuleField.SUSTAIN, RuleField.seconds(s.chosen().sustain()));
        }
        draft.seal();
    }

    /**
     * Makes the draft the engine's rules as a new version.
     *
     * @throws IllegalStateException naming the first problem when the draft cannot be applied
     * @throws IllegalArgumentException when the store refuses the rules
     */
    public RuleSetVersion apply(String comment) {
        List<DraftProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).text() + ". Fix it before applying.");
        }
        RuleSetVersion version = repository.apply(draft.rules(), services.author(), comment);
        newerActive = null;
        draft.rebase(version);
        return version;
    }

    public RuleSetVersion rollback(int versionNumber, String comment) {
        RuleSetVersion version = repository.rollback(versionNumber, services.author(), comment);
        versionMade(version);
        return version;
    }

    /** Drops the draft's edits for the active version's rules (undoable). */
    public void revert() {
        newerActive = null;
        draft.revertTo(repository.activeVersion());
    }

    @Override
    public void close() throws Exception {
        repositorySubscription.close();
    }

    private void versionMade(RuleSetVersion version) {
        if (version.number() > draft.base().number() && !draft.followIfClean(version)) {
            newerActive = version;
        }
        retune();
        changed();
    }

    private void incidentsChanged() {
        retune();
        changed();
    }

    private void draftChanged() {
        retune();
        changed();
    }

    private void retune() {
        Optional<ThresholdRule> candidate = draft.selectedRule();
        if (candidate.isEmpty()) {
            return;
        }
        Optional<RuleChecks.RuleProblem> problem = RuleChecks.problemOf(candidate.get());
        if (problem.isPresent()) {
            lastRequest = null;
            tuned(new TuningState(tuningState.result(), "Not backtested: " + problem.get().text(), true));
            return;
        }
        ThresholdRule active = repository.activeRules().stream().filter(r -> r.id().equals(candidate.get().id()))
                .findFirst().orElse(null);
        TuningRequest request = new TuningRequest(active, candidate.get(), range, incidents, flapWindow);
        if (!request.equals(lastRequest)) {
            lastRequest = request;
            tuning.request(request);
        }
    }

    private void tuned(TuningState state) {
        tuningState = state;
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
