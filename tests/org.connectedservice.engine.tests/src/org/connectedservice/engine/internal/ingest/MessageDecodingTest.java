package org.connectedservice.engine.internal.ingest;

import static org.connectedservice.engine.internal.ingest.Feed.T0;
import static org.connectedservice.engine.internal.ingest.Feed.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.QuarantineReason;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.Test;

class MessageDecodingTest {

    @Test
    void anEventHubsMessageBecomesAReadingWithEveryMeasurement() {
        Feed feed = new Feed().send("{\"deviceId\":\"t-1\",\"enqueuedTime\":\"2024-05-01T12:00:00.1234567Z\","
                + "\"messageId\":\"m1\",\"properties\":{\"DeviceType\":\"Thermostat\",\"Site\":\"Leeds\"},"
                + "\"systemProperties\":{\"iothub-connection-auth-method\":{\"scope\":\"device\"}},"
                + "\"extra\":[1,2,{\"a\":3}],\"body\":{\"Temperature\":72.4,\"Humidity\":41,\"Pressure\":\"1013.2\"}}");

        assertEquals(List.of(new Reading("t-1", "Thermostat", T0.plusNanos(123_456_700),
                Map.of("Temperature", 72.4, "Humidity", 41.0, "Pressure", 1013.2))), feed.delivered);
        assertEquals(0, feed.quarantine.count());
    }

    @Test
    void theRegistryNamesTheDeviceTypeOfKnownDevicesAndThePropertyThatOfUnknownOnes() {
        Map<String, Device> registry = Map.of("t-1", new Device("t-1", "Lobby", "SmartThermostat", "Hotel"));
        Feed feed = new Feed(IngestSettings.defaults(), registry).send(
                message("t-1", "m1", T0.toString(), "{\"Temperature\":70}"),
                message("new-7", "m2", T0.toString(), "{\"Temperature\":70}"),
                "{\"deviceId\":\"bare\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":{\"Temperature\":70}}");

        assertEquals(List.of("SmartThermostat", "Thermostat"),
                feed.delivered.subList(0, 2).stream().map(Reading::deviceType).toList());
        assertNull(feed.delivered.get(2).deviceType(), "an unknown device without a DeviceType property");
    }

    @Test
    void aBodySentAsAJsonStringIsAccepted() {
        Feed feed = new Feed().send(message("m1", 0, "\"{\\\"Temperature\\\": 72.4}\""));

        assertEquals(Map.of("Temperature", 72.4), feed.delivered.get(0).values());
    }

    @Test
    void aBase64BodyIsAcceptedWhenItsContentTypeIsJson() {
        String base64 = Base64.getEncoder().encodeToString("{\"Temperature\":72.4}".getBytes(StandardCharsets.UTF_8));
        Feed feed = new Feed().send(
                "{\"deviceId\":\"a\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":\"" + base64 + "\","
                        + "\"systemProperties\":{\"contentType\":\"application/json\"}}",
                "{\"deviceId\":\"b\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":\"" + base64 + "\","
                        + "\"systemProperties\":{\"content-type\":\"application/json; charset=utf-8\"}}",
                "{\"deviceId\":\"c\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":\"" + base64 + "\","
                        + "\"properties\":{\"Content-Type\":\"application/json\"}}",
                "{\"deviceId\":\"d\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":\"" + base64 + "\"}");

        assertEquals(List.of("a", "b", "c"), feed.delivered.stream().map(Reading::deviceId).toList());
        assertTrue(feed.onlyReason().startsWith("line 4: bad JSON: the body is the string \"eyJ"),
                feed.onlyReason());
        assertTrue(feed.onlyReason().contains("\"contentType\": \"application/json\""), feed.onlyReason());
    }

    @Test
    void theConnectionDeviceIdStandsInForAMissingDeviceId() {
        Feed feed = new Feed().send("{\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":{\"Temperature\":1},"
                + "\"systemProperties\":{\"iothub-connection-device-id\":\"t-9\"}}");

        assertEquals("t-9", feed.delivered.get(0).deviceId());
    }

    @Test
    void brokenJsonIsQuarantinedWithTheRawLine() {
        String broken = "{\"deviceId\":\"t-1\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":{\"Temperature\":7";
        Feed feed = new Feed().send(broken);

        assertTrue(feed.onlyReason().startsWith("line 1: bad JSON: not valid JSON"), feed.onlyReason());
        assertEquals(broken, feed.quarantine.all().get(0).raw());
        assertEquals("test-feed", feed.quarantine.all().get(0).source());
        assertEquals(1, feed.pipeline.stats().quarantined(QuarantineReason.BAD_JSON));
    }

    @Test
    void aLineThatIsNotAnObjectOrHasTwoObjectsIsBadJson() {
        Feed feed = new Feed().send("[1,2]", message("m1", 0, "{\"Temperature\":1}") + " {}");

        assertEquals(List.of("bad JSON", "bad JSON"), feed.quarantine.reasons().stream()
                .map(r -> r.substring("line 1: ".length(), "line 1: bad JSON".length())).toList());
        assertTrue(feed.quarantine.reasons().get(1).contains("one message per line"));
    }

    @Test
    void aMessageWithoutDeviceIdSaysHowToNameTheDevice() {
        Feed feed = new Feed().send("{\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":{\"Temperature\":1}}");

        assertTrue(feed.onlyReason().startsWith("line 1: missing deviceId: "), feed.onlyReason());
        assertTrue(feed.onlyReason().contains("\"deviceId\": \"<device id>\""), feed.onlyReason());
    }

    @Test
    void aReadingThatIsNotANumberIsQuarantinedNamingItsField() {
        Feed feed = new Feed().send(
                message("m1", 0, "{\"Temperature\":72.4,\"Running\":true}"),
                message("m2", 1, "{\"Temperature\":\"hot\"}"),
                message("m3", 2, "{\"Position\":{\"x\":1}}"),
                message("m4", 3, "{\"Temperature\":\"NaN\"}"),
                message("m5", 4, "{\"Temperature\":\" -7.5e1 \",\"Humidity\":null}"));

        assertEquals(List.of(
                "line 1: non-numeric reading: body field \"Running\" is the boolean true; send readings as numbers, "
                        + "like \"Running\": 72.4",
                "line 2: non-numeric reading: body field \"Temperature\" is the string \"hot\"; send readings as "
                        + "numbers, like \"Temperature\": 72.4",
                "line 3: non-numeric reading: body field \"Position\" is an object; send readings as numbers, "
                        + "like \"Position\": 72.4",
                "line 4: non-numeric reading: body field \"Temperature\" is the string \"NaN\"; send readings as "
                        + "numbers, like \"Temperature\": 72.4"), feed.quarantine.reasons());
        assertEquals(List.of(Map.of("Temperature", -75.0)), feed.delivered.stream().map(Reading::values).toList());
    }

    @Test
    void absurdOrMissingTimestampsAreQuarantined() {
        Feed feed = new Feed().send(
                message("t-1", "m1", "1970-01-01T00:00:00Z", "{\"Temperature\":1}"),
                message("t-1", "m2", "2024-05-03T13:00:00Z", "{\"Temperature\":1}"),
                message("t-1", "m3", "yesterday", "{\"Temperature\":1}"),
                message("t-1", "m4", "2024-05-01T12:00:00", "{\"Temperature\":1}"),
                "{\"deviceId\":\"t-1\",\"body\":{\"Temperature\":1}}",
                message("t-1", "m6", "2024-05-02T12:59:00+01:00", "{\"Temperature\":1}"));

        assertEquals(List.of(
                "line 1: bad timestamp: enqueuedTime 1970-01-01T00:00:00Z is before 2000-01-01; the device clock or "
                        + "the file is wrong",
                "line 2: bad timestamp: enqueuedTime 2024-05-03T13:00:00Z is 2 days ahead of this machine's clock "
                        + "(at most 24 h is accepted); check the clock that stamped it",
                "line 3: bad timestamp: enqueuedTime \"yesterday\" is not an ISO-8601 time with a zone; write it "
                        + "like 2024-05-01T12:00:00Z",
                "line 4: bad timestamp: enqueuedTime \"2024-05-01T12:00:00\" is not an ISO-8601 time with a zone; "
                        + "write it like 2024-05-01T12:00:00Z",
                "line 5: bad timestamp: enqueuedTime is missing; add \"enqueuedTime\": \"2024-05-01T12:00:00Z\""),
                feed.quarantine.reasons());
        assertEquals(1, feed.delivered.size(), "less than a day ahead is within the default skew");
        assertEquals(5, feed.pipeline.stats().quarantined(QuarantineReason.BAD_TIMESTAMP));
    }

    @Test
    void aBodyWithoutReadingsIsEmpty() {
        Feed feed = new Feed().send(
                message("m1", 0, "{}"),
                message("m2", 1, "null"),
                message("m3", 2, "{\"Temperature\":null}"),
                "{\"deviceId\":\"t-1\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\"}");

        assertEquals(4, feed.pipeline.stats().quarantined(QuarantineReason.EMPTY_BODY));
        assertTrue(feed.quarantine.reasons().get(3).startsWith("line 4: empty body: the body holds no readings; "
                + "send them as \"body\": {\"Temperature\": 72.4}"), feed.quarantine.reasons().get(3));
    }
}
