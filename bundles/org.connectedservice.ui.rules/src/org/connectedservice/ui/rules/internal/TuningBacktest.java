package org.connectedservice.ui.rules.internal;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;

/**
 * Backtests the newest candidate, never an older one: each request supersedes the last, a run in progress stops as
 * soon as a newer request arrives, and a result that is no longer the newest is dropped. The readings of a range are
 * loaded once and reused until the range or the measurement changes, a reload is asked for, or they are older than
 * {@link ReadingSource#REFRESH_AFTER}; the active side is replayed once per range (see {@link CandidateComparison}).
 * runLatest runs on one worker at a time (a Job); schedule is how a request asks for that run after the debounce.
 */
public final class TuningBacktest {

    /** How long the value must stay still before a backtest starts; drag steps in between cost nothing. */
    public static final long DEBOUNCE_MILLIS = 60;

    private record CacheKey(HistoryRange range, Set<String> measurements) {
    }

    private final CandidateComparison comparison;
    private final ReadingSource source;
    private final Consumer<TuningState> listener;
    private final LongConsumer schedule;
    private final AtomicReference<TuningRequest> latest = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean reload;
    private CacheKey cachedKey;
    private ReadingCache cached;
    private volatile TuningResult lastResult;

    /** schedule(delay) must arrange one call of runLatest after delay ms, replacing any still waiting. */
    public TuningBacktest(Backtester backtester, ReadingSource source, Consumer<TuningState> listener,
            LongConsumer schedule) {
        this.comparison = new CandidateComparison(backtester);
        this.source = source;
        this.listener = listener;
        this.schedule = schedule;
    }

    public void request(TuningRequest request) {
        latest.set(request);
        generation.incrementAndGet();
        schedule.accept(DEBOUNCE_MILLIS);
    }

    /** Loads the range again (newer readings included) and reruns the newest request. */
    public void reload() {
        reload = true;
        TuningRequest current = latest.get();
        if (current != null) {
            request(current);
        }
    }

    /** Reruns the newest request when its readings are outdated, so the figures follow the history on their own. */
    public void refreshIfOutdated() {
        TuningRequest current = latest.get();
        ReadingCache loaded;
        synchronized (this) {
            loaded = cached;
        }
        if (current != null && loaded != null && source.outdated(loaded)) {
            request(current);
        }
    }

    public TuningResult lastResult() {
        return lastResult;
    }

    /** The readings for a request, from memory when already loaded; null when cancelled while loading. */
    public synchronized ReadingCache readings(TuningRequest request, BooleanSupplier cancelled) {
        CacheKey key = new CacheKey(request.range(), request.measurements());
        if (reload || cached == null || !key.equals(cachedKey) || source.outdated(cached)) {
            listener.accept(TuningState.working(lastResult, "Loading " + request.range().label().toLowerCase(Locale.ROOT)
                    + " of " + String.join(", ", key.measurements()) + " readings..."));
            ReadingCache loaded = source.load(key.measurements(), key.range(), cancelled);
            if (loaded == null) {
                return null;
            }
            reload = false;
            cached = loaded;
            cachedKey = key;
        }
        return cached;
    }

    /** Backtests the newest request, unless it is superseded or cancelled on the way. */
    public void runLatest(BooleanSupplier cancelled) {
        long mine = generation.get();
        TuningRequest request = latest.get();
        if (request == null) {
            return;
        }
        BooleanSupplier stale = () -> cancelled.getAsBoolean() || generation.get() != mine;
        try {
            long loadStart = System.nanoTime();
            ReadingCache readings = readings(request, stale);
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            if (readings == null || stale.getAsBoolean()) {
                return;
            }
            long start = System.nanoTime();
            BacktestReport report = comparison.compare(request, readings, stale);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (report == null || stale.getAsBoolean()) {
                return;
            }
            TuningResult result = new TuningResult(request, report, readings.source(), millis, loadMillis);
            lastResult = result;
            listener.accept(new TuningState(result, status(result, readings), false));
        } catch (RuntimeException e) {
            if (!stale.getAsBoolean()) {
                listener.accept(new TuningState(lastResult, "The backtest failed: " + e.getMessage(), true));
            }
        }
    }

    private static String status(TuningResult r, ReadingCache readings) {
        return String.format("%,d readings from %s, %s to %s; replayed in %d ms", r.report().readings(),
                readings.source(), Texts.time(readings.from()), Texts.time(readings.to()), r.backtestMillis());
    }
}
