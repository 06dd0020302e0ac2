package org.connectedservice.bench;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.QuarantineStore;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.engine.internal.eval.RuleEvaluator;
import org.connectedservice.engine.internal.ingest.IngestPipeline;
import org.connectedservice.engine.internal.rules.DefaultRules;

/**
 * JSON decode plus ingestion: IoT Hub messages as JSON Lines text through the engine's ingestion front end
 * (decode, duplicate check, event-time ordering) into an evaluator with the default rules, on one thread.
 */
final class IngestProbe {

    private IngestProbe() {
    }

    static String[] lines(Reading[] readings) {
        String[] lines = new String[readings.length];
        for (int i = 0; i < readings.length; i++) {
            Reading r = readings[i];
            String body = "{\"Temperature\":" + r.values().get(TelemetryStream.MEASUREMENT) + ",\"Humidity\":41.5}";
            lines[i] = new SimulatedMessage(r.deviceId(), r.deviceType(), r.deviceId() + "-" + i, r.time(),
                    Map.of("DeviceType", r.deviceType()), body, true).toJsonLine();
        }
        return lines;
    }

    /**
     * The best of three rounds over all lines, after a first round that lets the JIT compile the decoder: the
     * steady rate of a running console. Throws when a message was not delivered.
     */
    static double messagesPerSecond(String[] lines) {
        double best = 0;
        for (int round = 0; round < 4; round++) {
            long started = System.nanoTime();
            long delivered = ingest(lines);
            double rate = lines.length / ((System.nanoTime() - started) / 1e9);
            if (delivered != lines.length) {
                throw new IllegalStateException("ingestion delivered " + delivered + " of " + lines.length
                        + " messages");
            }
            best = round == 0 ? best : Math.max(best, rate);
        }
        return best;
    }

    private static long ingest(String[] lines) {
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(DefaultRules.rules());
        long[] faults = new long[1];
        IngestPipeline pipeline = new IngestPipeline("bench", id -> Optional.empty(), new CountingQuarantine(),
                IngestSettings.defaults(), Clock.systemUTC(),
                reading -> faults[0] += evaluator.evaluate(reading).size());
        for (String line : lines) {
            pipeline.accept(line);
        }
        pipeline.flush();
        return pipeline.stats().delivered();
    }

    private static final class CountingQuarantine implements QuarantineStore {

        private long count;

        @Override
        public QuarantinedMessage add(QuarantinedMessage message) {
            count++;
            return message;
        }

        @Override
        public List<QuarantinedMessage> newest(int limit) {
            return List.of();
        }

        @Override
        public long count() {
            return count;
        }
    }
}
