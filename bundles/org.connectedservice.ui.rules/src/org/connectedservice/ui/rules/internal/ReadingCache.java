package org.connectedservice.ui.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.ThresholdRule;

/**
 * The readings of a backtest range, loaded once and kept as primitive arrays in time order, so that every drag step
 * replays from memory instead of the database. Readings are made as the backtester asks for them and dropped at
 * once; the replay stops early when it is cancelled (a newer candidate made it stale).
 */
public final class ReadingCache {

    /** One device's measurement over the range, oldest first. */
    public record Trace(String deviceId, String deviceType, String measurement, long[] times, double[] values) {
    }

    static final int CHECK_EVERY = 4096;
    private static final int TRACE_BITS = 22;

    private final Instant from;
    private final Instant to;
    private final String source;
    private final List<Trace> traces;
    private final int[] traceOf;
    private final long[] times;
    private final double[] values;

    private ReadingCache(Instant from, Instant to, String source, List<Trace> traces, int[] traceOf, long[] times,
            double[] values) {
        this.from = from;
        this.to = to;
        this.source = source;
        this.traces = traces;
        this.traceOf = traceOf;
        this.times = times;
        this.values = values;
    }

    /** Merges traces into one time-ordered stream; equal times go by device, then measurement, for repeatable runs. */
    public static ReadingCache of(Instant from, Instant to, String source, List<Trace> unordered) {
        List<Trace> traces = new ArrayList<>(unordered);
        traces.sort(Comparator.comparing(Trace::deviceId).thenComparing(Trace::measurement));
        if (traces.size() >= 1 << TRACE_BITS) {
            throw new IllegalArgumentException("too many traces to backtest at once: " + traces.size());
        }
        int total = traces.stream().mapToInt(t -> t.times().length).sum();
        long origin = traces.stream().filter(t -> t.times().length > 0).mapToLong(t -> t.times()[0]).min().orElse(0);
        long[] keys = new long[total];
        int n = 0;
        for (int t = 0; t < traces.size(); t++) {
            for (long time : traces.get(t).times()) {
                keys[n++] = ((time - origin) << TRACE_BITS) | t;
            }
        }
        Arrays.sort(keys);
        int[] next = new int[traces.size()];
        int[] traceOf = new int[total];
        long[] times = new long[total];
        double[] values = new double[total];
        for (int i = 0; i < total; i++) {
            int t = (int) (keys[i] & ((1 << TRACE_BITS) - 1));
            Trace trace = traces.get(t);
            traceOf[i] = t;
            times[i] = trace.times()[next[t]];
            values[i] = trace.values()[next[t]++];
        }
        return new ReadingCache(from, to, source, List.copyOf(traces), traceOf, times, values);
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    /** Where the readings came from: the stored history, or the live buffers when there is no history. */
    /** The oldest reading loaded, or null when none was. */
    public Instant firstReading() {
        return times.length == 0 ? null : Instant.ofEpochMilli(times[0]);
    }

    public String source() {
        return source;
    }

    public int size() {
        return times.length;
    }

    public List<Trace> traces() {
        return traces;
    }

    /** The readings of the traces either rule could watch, in time order, ending early once cancelled. */
    public Iterable<Reading> readings(List<ThresholdRule> rules, BooleanSupplier cancelled) {
        boolean[] wanted = new boolean[traces.size()];
        for (int t = 0; t < wanted.length; t++) {
            Trace trace = traces.get(t);
            wanted[t] = rules.stream().anyMatch(r -> watches(r, trace));
        }
        return () -> new Replay(i -> wanted[traceOf[i]], cancelled);
    }

    /** The values the rule sees, unordered, for choosing candidate thresholds. */
    public double[] valuesFor(ThresholdRule rule) {
        boolean[] wanted = new boolean[traces.size()];
        for (int t = 0; t < wanted.length; t++) {
            wanted[t] = watches(rule, traces.get(t));
        }
        double[] picked = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (wanted[traceOf[i]]) {
                picked[n++] = values[i];
            }
        }
        return Arrays.copyOf(picked, n);
    }

    /**
     * Asset scopes are resolved by the backtester from the registry, so every trace of the measurement may count; a
     * no-data rule keeps every trace of its measurement too, as their readings move the replay's clock on while its
     * own devices are silent.
     */
    static boolean watches(ThresholdRule rule, Trace trace) {
        return rule.measurement().equalsIgnoreCase(trace.measurement())
                && (rule.scope().kind() == RuleScope.Kind.ASSET || rule.condition().kind() == ConditionKind.NO_DATA
                        || rule.appliesTo(trace.deviceId(), trace.deviceType(), null));
    }

    private final class Replay implements Iterator<Reading> {
        private final IntPredicate wanted;
        private final BooleanSupplier cancelled;
        private int next = -1;
        private int sinceCheck;
        private boolean stopped;

        Replay(IntPredicate wanted, BooleanSupplier cancelled) {
            this.wanted = wanted;
            this.cancelled = cancelled;
            advance();
        }

        private void advance() {
            do {
                next++;
                if (++sinceCheck >= CHECK_EVERY) {
                    sinceCheck = 0;
                    stopped = cancelled.getAsBoolean();
                }
            } while (!stopped && next < times.length && !wanted.test(next));
        }

        @Override
        public boolean hasNext() {
            return !stopped && next < times.length;
        }

        @Override
        public Reading next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the backtest range has no more readings");
            }
            Trace trace = traces.get(traceOf[next]);
            Reading reading = new Reading(trace.deviceId(), trace.deviceType(), Instant.ofEpochMilli(times[next]),
                    Map.of(trace.measurement(), values[next]));
            advance();
            return reading;
        }
    }
}
