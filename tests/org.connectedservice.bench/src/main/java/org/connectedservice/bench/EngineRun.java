package org.connectedservice.bench;

import org.connectedservice.core.model.Reading;
import org.connectedservice.engine.internal.eval.RuleEvaluator;

/**
 * Our evaluator over the stream on the calling thread, with event time moved on once per second of readings, as
 * the engine's clock does. The first readings warm the JIT up and are not timed.
 */
final class EngineRun {

    final FaultSet faults = new FaultSet();
    long timedEvents;
    long timedNanos;
    long stateBytes;

    static EngineRun run(Scenario scenario, int rules, Reading[] stream, int warmup) {
        EngineRun run = new EngineRun();
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(scenario.rules(rules));
        long second = Long.MIN_VALUE;
        long started = 0;
        for (int i = 0; i < stream.length; i++) {
            if (i == warmup) {
                started = System.nanoTime();
            }
            Reading reading = stream[i];
            long time = reading.time().toEpochMilli();
            if (time != second) {
                run.faults.add(evaluator.advanceTo(reading.time()));
                second = time;
            }
            run.faults.add(evaluator.evaluate(reading));
        }
        run.faults.add(evaluator.advanceTo(stream[stream.length - 1].time()));
        run.timedNanos = System.nanoTime() - started;
        run.timedEvents = stream.length - warmup;
        run.stateBytes = evaluator.stateBytes();
        return run;
    }

    double eventsPerSecond() {
        return timedEvents / (timedNanos / 1e9);
    }
}
