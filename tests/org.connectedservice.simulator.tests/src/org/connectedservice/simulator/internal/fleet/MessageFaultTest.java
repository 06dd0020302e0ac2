package org.connectedservice.simulator.internal.fleet;

import static org.connectedservice.simulator.internal.fleet.InjectionTest.PUMP;
import static org.connectedservice.simulator.internal.fleet.InjectionTest.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Faults about messages: the device sends real payloads while they last, and cheap readings again after. */
class MessageFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Fleet faulty = InjectionTest.pumps(new Recorder());
    private final Fleet twin = InjectionTest.pumps(new Recorder());

    private List<SimulatedMessage> messages(Injection injection, int seconds) {
        faulty.inject(List.of(PUMP), injection.lasting(Duration.ofSeconds(seconds)));
        return Recorder.run(faulty, seconds).messages();
    }

    private List<Reading> quiet(int seconds) {
        return Recorder.run(twin, seconds).readings().stream().filter(r -> r.deviceId().equals(PUMP)).toList();
    }

    @Test
    void duplicatesCarryTheSameMessageIdAndTheUnchangedValues() {
        List<SimulatedMessage> sent = messages(Injection.of(InjectionKind.DUPLICATE).withMagnitude(3), 2);
        List<Reading> quiet = quiet(2);

        assertEquals(6, sent.size());
        assertEquals(List.of("pump-01-11", "pump-01-11", "pump-01-11", "pump-01-12", "pump-01-12", "pump-01-12"),
                sent.stream().map(SimulatedMessage::messageId).toList());
        Reading decoded = MessageReadings.decode(sent.get(3)).reading();
        assertEquals(quiet.get(1), decoded, "the payload holds what the device measured");
        assertEquals(PUMP, Recorder.run(faulty, 1).readings().get(0).deviceId(), "readings again after the fault");
    }

    @Test
    void outOfOrderDeliversEachHeldBackWindowNewestFirst() {
        List<SimulatedMessage> sent = messages(Injection.of(InjectionKind.OUT_OF_ORDER), 4);

        assertEquals(List.of(11, 10, 13, 12), sent.stream()
                .map(m -> (int) (m.enqueuedTime().getEpochSecond() - START.getEpochSecond())).toList());
    }

    @Test
    void clockSkewStampsMessagesOffTheTrueTime() {
        List<SimulatedMessage> sent = messages(Injection.of(InjectionKind.CLOCK_SKEW).withMagnitude(-90), 2);

        assertEquals(List.of(START.plusSeconds(10 - 90), START.plusSeconds(11 - 90)),
                sent.stream().map(SimulatedMessage::enqueuedTime).toList());
        assertEquals(quiet(1).get(0).values(), MessageReadings.decode(sent.get(0)).reading().values());
    }

    @Test
    void malformedPayloadsAreNotJsonButTheirReplayLineIs() throws Exception {
        List<SimulatedMessage> sent = messages(Injection.of(InjectionKind.MALFORMED).withMagnitude(0.5), 4);

        assertEquals(List.of(true, false, true, false), sent.stream().map(SimulatedMessage::wellFormed).toList());
        SimulatedMessage broken = sent.get(1);
        assertThrowsJson(broken.body());
        JsonNode line = JSON.readTree(broken.toJsonLine());
        assertEquals(PUMP, line.get("deviceId").asText());
        assertEquals(broken.body(), line.get("body").asText());
        assertNull(MessageReadings.decode(broken).reading());
        assertTrue(MessageReadings.decode(broken).refusal().startsWith("the payload of message pump-01-12 is not"));
    }

    @Test
    void aMessageRendersAsOneLineOfTheReplayFormat() throws Exception {
        SimulatedMessage message = messages(Injection.of(InjectionKind.DUPLICATE), 1).get(0);

        JsonNode line = JSON.readTree(message.toJsonLine());
        assertEquals(List.of("deviceId", "enqueuedTime", "messageId", "properties", "systemProperties", "body"),
                iterable(line));
        assertEquals("2025-03-01T08:00:10Z", line.get("enqueuedTime").asText());
        assertEquals("Pump", line.get("properties").get("DeviceType").asText());
        assertTrue(line.get("body").get("Pressure").isNumber());
        assertFalse(message.toJsonLine().contains("\n"));
        assertEquals(Instant.parse(line.get("enqueuedTime").asText()), message.enqueuedTime());
    }

    private static List<String> iterable(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    private static void assertThrowsJson(String text) {
        try {
            JSON.readTree(text);
        } catch (Exception e) {
            return;
        }
        throw new AssertionError("still JSON: " + text);
    }
}
