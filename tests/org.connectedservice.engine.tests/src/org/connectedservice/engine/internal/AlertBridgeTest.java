package org.connectedservice.engine.internal;

import static org.connectedservice.engine.internal.eval.RuleBuilder.reading;
import static org.connectedservice.engine.internal.eval.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.engine.internal.eval.RuleEvaluator;
import org.junit.jupiter.api.Test;

class AlertBridgeTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final InMemoryFaultOutbox outbox = new InMemoryFaultOutbox();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore();
    private final AlertBridge bridge = new AlertBridge(outbox, alerts, Clock.systemUTC());

    @Test
    void raisedAndClearedFaultsBecomeOneAlertThatEndsCleared() {
        List<Fault> faults = episode();
        outbox.append(faults);

        assertEquals(2, bridge.drainOnce(NOW));

        assertEquals(1, alerts.count());
        assertEquals(AlertStatus.CLEARED, alerts.byToken(faults.get(0).token()).status());
        assertEquals(faults.get(0).windowStart(), faults.get(1).windowStart(), "the clear names its raise's episode");
        assertEquals(0, outbox.depth(), "delivered entries are acked");
        assertEquals(0, bridge.drainOnce(NOW));
    }

    @Test
    void aFailedDeliveryIsRetriedAfterTheOutboxBackoff() {
        outbox.append(episode().subList(0, 1));
        alerts.failNext(1);

        assertEquals(0, bridge.drainOnce(NOW));
        assertEquals(0, alerts.count());
        assertEquals(1, outbox.depth(), "the fault stays in the outbox");
        assertEquals(0, bridge.drainOnce(NOW.plusMillis(200)), "not retried before its backoff");

        assertEquals(1, bridge.drainOnce(NOW.plus(InMemoryFaultOutbox.FIRST_RETRY)));
        assertEquals(1, alerts.count());
        assertEquals(0, outbox.depth());
    }

    @Test
    void aFaultThatKeepsFailingEndsDeadLettered() {
        outbox.append(episode().subList(0, 1));
        alerts.failNext(Integer.MAX_VALUE);

        Instant time = NOW;
        for (int i = 0; i < InMemoryFaultOutbox.MAX_ATTEMPTS; i++) {
            bridge.drainOnce(time);
            time = time.plus(Duration.ofMinutes(10));
        }

        assertEquals(1, outbox.deadLettered());
        assertEquals(0, outbox.depth());
    }

    @Test
    void theBridgeThreadDeliversUntilStopped() throws Exception {
        List<String> seen = new ArrayList<>();
        alerts.subscribe(alert -> seen.add(Thread.currentThread().getName()));
        outbox.append(episode());

        bridge.start(Duration.ofMillis(20));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (outbox.depth() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            bridge.stop();
        }

        assertEquals(0, outbox.depth());
        assertEquals(List.of(AlertBridge.THREAD_NAME, AlertBridge.THREAD_NAME), seen);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (bridgeThreadAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(bridgeThreadAlive(), "stop ends the alert-bridge thread");
    }

    @Test
    void pollingGoesOnAfterTheOutboxCouldNotBeRead() throws Exception {
        outbox.append(episode());
        outbox.failNextClaims(3);

        bridge.start(Duration.ofMillis(10));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (alerts.count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            bridge.stop();
        }

        assertEquals(1, alerts.count());
        assertEquals(0, outbox.depth());
    }

    private static boolean bridgeThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals(AlertBridge.THREAD_NAME));
    }

    private static List<Fault> episode() {
        RuleEvaluator evaluator = new RuleEvaluator();
        evaluator.setRules(List.of(rule("pump-pressure-gt").type("Pump").on("Pressure").above(8.5).build()));
        List<Fault> faults = new ArrayList<>(evaluator.evaluate(reading("p1", "Pump", 1, "Pressure", 9.2)));
        faults.addAll(evaluator.evaluate(reading("p1", "Pump", 2, "Pressure", 8.0)));
        return faults;
    }
}
