package org.connectedservice.engine.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * The plain reader must read the usual messages, and read every message it accepts exactly as Jackson does, down
 * to the last bit of each number; what it cannot read exactly it must leave to Jackson.
 */
class PlainEnvelopeTest {

    private static final String HEAD = "{\"deviceId\":\"t-1\",\"enqueuedTime\":\"2024-05-01T12:00:00Z\",\"body\":";

    private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private final PlainEnvelope plain = new PlainEnvelope();

    @Test
    void theMessagesTheSimulatorAndEventHubsSendAreReadWithoutJackson() {
        List<String> usual = List.of(
                "{\"deviceId\":\"thermostat-00042\",\"enqueuedTime\":\"2025-01-01T00:00:01Z\",\"messageId\":\"m-42\","
                        + "\"properties\":{\"DeviceType\":\"Thermostat\"},\"systemProperties\":{},"
                        + "\"body\":{\"Temperature\":72.43,\"Humidity\":41.5}}",
                " { \"deviceId\" : \"chaudière-7\" , \"enqueuedTime\":\"2024-05-01T12:00:00.1234567Z\","
                        + " \"offset\": 1234, \"partition\":\"0\", \"retained\": false,"
                        + " \"properties\": {\"devicetype\": \"Boiler\"},"
                        + " \"systemProperties\": {\"iothub-connection-device-id\": \"chaudière-7\","
                        + " \"Content-Type\": \"Application/JSON\", \"message-id\": \"m-9\"},"
                        + " \"body\": {\"Température\": -3, \"Pressure\": 1013.25, \"Level\": 0.001} }\r\n",
                HEAD + "{}}",
                "{}");

        for (String line : usual) {
            assertTrue(agree(line), () -> "the usual shape went to Jackson: " + line);
        }
    }

    @Test
    void whatItAcceptsItReadsAsJacksonDoesAndTheRestItLeavesToJackson() {
        List<String> declined = new ArrayList<>();
        for (String body : List.of("{\"T\":-0}", "{\"T\":-0.0}", "{\"T\":0}", "{\"T\":0.5}", "{\"T\":1e3}",
                "{\"T\":1E-2}", "{\"T\":01}", "{\"T\":1.}", "{\"T\":.5}", "{\"T\":-}", "{\"T\":1.2.3}", "{\"T\":+1}",
                "{\"T\":12345678901234567890}", "{\"T\":123456789012345}", "{\"T\":0.123456789012345}",
                "{\"T\":1234567890.1234567}", "{\"T\":1x}", "{\"T\":\"7.5\"}", "{\"T\":null}", "{\"T\":true}",
                "{\"T\":1,\"T\":2}", "{\"T\":[1]}", "{\"T\":1,}", "{\"T\" :\t2 }", "{\"T\\u00e9\":1}",
                "\"{\\\"T\\\":1}\"", "null", "[1]", "{\"T\":1")) {
            check(HEAD + body + "}", declined);
        }
        for (String line : List.of(
                "{\"deviceId\":\"t\\\"1\",\"enqueuedTime\":\"x\"}",
                "{\"deviceId\":\"t\t1\",\"enqueuedTime\":\"x\"}",
                "{\"deviceId\":\"t\uD800\",\"enqueuedTime\":\"x\"}",
                "{\"deviceId\":7,\"enqueuedTime\":\"x\"}",
                "{\"deviceId\":\"a\",\"deviceId\":\"b\"}",
                "{\"extra\":{\"deviceId\":\"x\"},\"deviceId\":\"a\"}",
                "{\"extra\":nul}", "{\"extra\":trueish}", "{\"extra\":true}", "{\"extra\":null}",
                "{\"systemProperties\":{\"message-id\":\"s\"},\"messageId\":\"m\"}",
                "{\"messageId\":\"m\",\"systemProperties\":{\"message-id\":\"s\"}}",
                "{\"systemProperties\":{\"iothub-enqueuedtime\":\"2024-05-01T12:00:00Z\"}}",
                "{\"enqueuedTime\":\"a\",\"systemProperties\":{\"iothub-enqueuedtime\":\"b\"}}",
                "{\"properties\":{\"DeviceType\":\"  \"}}", "{\"properties\":{\"DeviceType\":\" Pump \"}}",
                "{\"properties\":{\"DeviceType\":7}}", "{\"properties\":[]}", "{\"properties\":{\"a\":{}}}",
                "{\"systemProperties\":{\"DeviceType\":\"x\"}}",
                "{\"properties\":{\"iothub-connection-device-id\":\"x\"}}",
                "{} {}", "{}x", "", "  ", "{\"a\" \"b\"}", "{\"a\":\"b\" \"c\":1}", "{,}")) {
            check(line, declined);
        }

        assertTrue(declined.contains(HEAD + "{\"T\":1e3}}"), "exponents are left to Jackson");
        assertTrue(declined.contains("{\"deviceId\":\"t\\\"1\",\"enqueuedTime\":\"x\"}"), "so are escapes");
    }

    @Test
    void everyDecimalADeviceMaySendComesOutBitForBitAsJacksonReadsIt() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> declined = new ArrayList<>();
        int lines = 20_000;
        for (int n = 0; n < lines; n++) {
            double magnitude = Math.pow(10, random.nextInt(-3, 7));
            check(HEAD + "{\"Reading\":" + String.format(Locale.ROOT, "%." + random.nextInt(0, 7) + "f",
                    (random.nextDouble() - 0.3) * magnitude) + "}}", declined);
            check(HEAD + "{\"Reading\":" + random.nextDouble() * magnitude + "}}", declined);
        }
        assertTrue(declined.size() < lines, declined.size() + " of " + 2 * lines + " went to Jackson");
    }

    /** Checks that plain and Jackson agree on the line, or that plain declined it (then noted in declined). */
    private void check(String line, List<String> declined) {
        if (!agree(line)) {
            declined.add(line);
        }
    }

    /** @return whether plain accepted the line; fails when it did and read anything other than Jackson did */
    private boolean agree(String line) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        Envelope fast = new Envelope();
        boolean accepted = plain.read(utf8, fast);
        Envelope reference = new Envelope();
        boolean valid;
        try (JsonParser p = json.createParser(utf8)) {
            reference.read(p);
            valid = true;
        } catch (IOException | BadMessageException e) {
            valid = false;
        }
        if (accepted) {
            assertTrue(valid, () -> "accepted a line Jackson refuses: " + line);
            assertEquals(fields(reference), fields(fast), () -> "read differently: " + line);
        }
        return accepted;
    }

    private static List<Object> fields(Envelope e) {
        Map<String, Double> values = e.values.toMap();
        List<String> bits = values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(v -> v.getKey() + "=" + Long.toHexString(Double.doubleToRawLongBits(v.getValue()))).toList();
        return Arrays.asList(e.deviceId, e.connectionDeviceId, e.enqueuedTime, e.messageId, e.deviceTypeProperty,
                e.contentType, e.bodyText, bits);
    }
}
