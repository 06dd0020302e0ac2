package org.connectedservice.simulator.internal.fleet;

import java.util.List;
import java.util.random.RandomGenerator;

import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.SensorModel;

/**
 * A device model's sensors flattened into primitive arrays, shared by every device of the model, so a tick of
 * ten thousand devices costs arithmetic and no allocation.
 */
final class ValueGenerator {

    private static final double TWO_PI = 2 * Math.PI;
    private static final double SECONDS_PER_DAY = 86_400;

    final String[] names;
    private final double[] baseline;
    private final double[] sigma;
    private final double[] min;
    private final double[] max;
    private final double[] cycleAmplitude;
    private final double[] cyclePeriod;
    private final double[] dailyAmplitude;
    private final double[] dailyPeakSecond;
    private final double[] driftPerSecond;
    private final int[] source;
    private final double[] factor;

    ValueGenerator(DeviceModel model) {
        List<SensorModel> sensors = model.sensors();
        int n = sensors.size();
        names = new String[n];
        baseline = new double[n];
        sigma = new double[n];
        min = new double[n];
        max = new double[n];
        cycleAmplitude = new double[n];
        cyclePeriod = new double[n];
        dailyAmplitude = new double[n];
        dailyPeakSecond = new double[n];
        driftPerSecond = new double[n];
        source = new int[n];
        factor = new double[n];
        for (int i = 0; i < n; i++) {
            SensorModel s = sensors.get(i);
            names[i] = s.name();
            baseline[i] = s.baseline();
            sigma[i] = s.sigma();
            min[i] = s.min();
            max[i] = s.max();
            cycleAmplitude[i] = s.cycle().amplitude();
            cyclePeriod[i] = s.cycle().periodSeconds();
            dailyAmplitude[i] = s.dailyCycle().amplitude();
            dailyPeakSecond[i] = s.dailyCycle().peakHour() * 3600;
            driftPerSecond[i] = s.driftPerHour() / 3600;
            source[i] = s.coupling().isPresent() ? model.sensorIndex(s.coupling().sensor()) : -1;
            factor[i] = s.coupling().factor();
        }
    }

    int size() {
        return names.length;
    }

    /** Fills values for time t (epoch ms); deviation is scratch space of the same size. */
    void generate(long t, long origin, RandomGenerator random, double[] deviation, double[] values) {
        double sinceStart = (t - origin) / 1000.0;
        for (int i = 0; i < names.length; i++) {
            double d = sigma[i] * random.nextGaussian();
            if (cycleAmplitude[i] != 0) {
                d += cycleAmplitude[i] * Math.sin(TWO_PI * sinceStart / cyclePeriod[i]);
            }
            if (dailyAmplitude[i] != 0) {
                double secondOfDay = Math.floorMod(t, 86_400_000L) / 1000.0;
                d += dailyAmplitude[i] * Math.cos(TWO_PI * (secondOfDay - dailyPeakSecond[i]) / SECONDS_PER_DAY);
            }
            d += driftPerSecond[i] * sinceStart;
            if (source[i] >= 0) {
                d += factor[i] * deviation[source[i]];
            }
            deviation[i] = d;
            values[i] = Math.max(min[i], Math.min(max[i], baseline[i] + d));
        }
    }
}
