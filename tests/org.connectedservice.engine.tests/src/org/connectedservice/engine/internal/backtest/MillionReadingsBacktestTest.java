package org.connectedservice.engine.internal.backtest;

import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;

/**
 * The rules editor backtests interactively, so a million readings must take well under 2 s. The time is printed
 * (a shared build machine makes a time assertion flaky); the counts are checked against a plain recount.
 */
class MillionReadingsBacktestTest {

    private static final int DEVICES = 1000;
    private static final int SECONDS = 1000;
    private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void aMillionReadingsAreBacktestedAndCountedExactly() {
        ThresholdRule hot = rule("hot").above(70).build();
        Iterable<Reading> readings = MillionReadingsBacktestTest::readings;
        EngineBacktester backtester = new EngineBacktester(id -> null, () -> null);
        backtester.tryThreshold(List.of(hot), "hot", 90, readings, BacktestOptions.defaults());

        long started = System.nanoTime();
        BacktestReport report = backtester.tryThreshold(List.of(hot), "hot", 90, readings, BacktestOptions.defaults());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("backtest of %,d readings through 2 rule sets: %d ms (engine's own figure %d ms)%n",
                report.readings(), millis, report.elapsed().toMillis());

        long raises = 0;
        long clears = 0;
        for (int d = 0; d < DEVICES; d++) {
            boolean broken = false;
            for (int s = 0; s < SECONDS; s++) {
                boolean now = value(d, s) > 70;
                raises += now && !broken ? 1 : 0;
                clears += broken && !now ? 1 : 0;
                broken = now;
            }
        }
        assertEquals((long) DEVICES * SECONDS, report.readings());
        assertEquals(raises, report.active().raised());
        assertEquals(clears, report.active().cleared());
        assertEquals(clears, report.active().flaps(), "every break lasts 5 s");
        assertEquals(DEVICES, report.active().perDeviceRule().size());
        assertEquals(0, report.candidate().raised(), "80 never passes 90");
        assertEquals(raises, report.disappearingCount());
        assertEquals(0, report.appearingCount());
    }

    private static double value(int device, int second) {
        return (second + device) % 100 < 5 ? 80 : 50 + (second % 7);
    }

    private static Iterator<Reading> readings() {
        String[] ids = new String[DEVICES];
        for (int d = 0; d < DEVICES; d++) {
            ids[d] = "t" + d;
        }
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < DEVICES * SECONDS;
            }

            @Override
            public Reading next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int second = next / DEVICES;
                int device = next % DEVICES;
                next++;
                return new Reading(ids[device], "Thermostat", START.plusSeconds(second),
                        Map.of("Temperature", value(device, second)));
            }
        };
    }
}
