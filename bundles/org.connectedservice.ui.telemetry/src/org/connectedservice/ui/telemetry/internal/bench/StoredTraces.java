package org.connectedservice.ui.telemetry.internal.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;

/**
 * A history holding readings of thermostats, one a second each, in memory: what the chart's history query sees,
 * without waiting minutes for H2 to store twenty million rows first (the store's own speed is measured by
 * ./console bench). Bucket queries reduce the stored readings exactly as the store does: min, max and average per
 * equal time bucket.
 */
final class StoredTraces implements TelemetryHistory {

    static final String MEASUREMENT = "Temperature";

    private final long start;
    private final List<String> devices;
    private final float[][] values;

    StoredTraces(Instant start, int devices, int readingsEach, long seed) {
        this.start = start.toEpochMilli();
        this.devices = new ArrayList<>();
        this.values = new float[devices][readingsEach];
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 0; d < devices; d++) {
            this.devices.add(deviceId(d));
            double phase = random.nextDouble(Math.PI * 2);
            for (int i = 0; i < readingsEach; i++) {
                double daily = 4 * Math.sin(phase + i * 2 * Math.PI / 86_400);
                double spike = random.nextInt(20_000) == 0 ? 15 : 0;
                values[d][i] = (float) (62 + daily + random.nextGaussian() * 1.5 + spike);
            }
        }
    }

    static String deviceId(int index) {
        return String.format("stored-%02d", index);
    }

    Instant start() {
        return Instant.ofEpochMilli(start);
    }

    Instant end() {
        return Instant.ofEpochMilli(start + values[0].length * 1000L);
    }

    /** One trace's readings in time order, as the engine and the backtest get them. */
    List<Reading> readings(int device) {
        List<Reading> all = new ArrayList<>(values[device].length);
        for (int i = 0; i < values[device].length; i++) {
            all.add(new Reading(devices.get(device), "Thermostat", Instant.ofEpochMilli(start + i * 1000L),
                    Map.of(MEASUREMENT, (double) values[device][i])));
        }
        return all;
    }

    @Override
    public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets) {
        int d = devices.indexOf(deviceId);
        List<HistoryBucket> out = new ArrayList<>();
        if (d < 0 || !MEASUREMENT.equalsIgnoreCase(measurement) || buckets < 1) {
            return out;
        }
        long span = to.toEpochMilli() - from.toEpochMilli();
        for (int b = 0; b < buckets; b++) {
            long bucketFrom = from.toEpochMilli() + span * b / buckets;
            long bucketTo = from.toEpochMilli() + span * (b + 1) / buckets;
            int first = (int) Math.max(0, Math.ceilDiv(bucketFrom - start, 1000L));
            int last = (int) Math.min(values[d].length, Math.ceilDiv(bucketTo - start, 1000L));
            if (last <= first) {
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = first; i < last; i++) {
                float v = values[d][i];
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
            out.add(new HistoryBucket(Instant.ofEpochMilli(bucketFrom), Instant.ofEpochMilli(bucketTo), last - first,
                    min, max, sum / (last - first)));
        }
        return out;
    }

    @Override
    public List<SeriesKey> traces(Instant from, Instant to) {
        return devices.stream().map(id -> new SeriesKey(id, "Thermostat", MEASUREMENT)).toList();
    }

    @Override
    public SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
        int d = devices.indexOf(deviceId);
        if (d < 0 || !MEASUREMENT.equalsIgnoreCase(measurement)) {
            return SeriesSnapshot.EMPTY;
        }
        int first = (int) Math.max(0, Math.ceilDiv(from.toEpochMilli() - start, 1000L));
        int last = (int) Math.min(values[d].length, Math.ceilDiv(to.toEpochMilli() - start, 1000L));
        int n = Math.max(0, last - first);
        long[] times = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = start + (first + i) * 1000L;
            v[i] = values[d][first + i];
        }
        return new SeriesSnapshot(times, v);
    }

    /** The benchmark's traces are made up front; the engine's live readings go to the real history. */
    @Override
    public void append(Reading reading) {
        throw new IllegalStateException("the benchmark's stored traces take no new readings");
    }

    @Override
    public void flush() {
        // appends are refused, so nothing ever waits to be stored
    }

    @Override
    public long storedReadings() {
        return (long) values.length * values[0].length;
    }
}
