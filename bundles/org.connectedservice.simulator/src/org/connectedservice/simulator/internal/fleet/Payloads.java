package org.connectedservice.simulator.internal.fleet;

import java.time.Instant;
import java.util.Map;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;

/** Builds the readings and message payloads a device sends. */
final class Payloads {

    static final String DEVICE_TYPE_PROPERTY = "DeviceType";

    private Payloads() {
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static Reading reading(String deviceId, String deviceType, long t, String[] names, double[] values) {
        Map.Entry<String, Double>[] entries = new Map.Entry[names.length];
        for (int i = 0; i < names.length; i++) {
            entries[i] = Map.entry(names[i], values[i]);
        }
        return new Reading(deviceId, deviceType, Instant.ofEpochMilli(t), Map.ofEntries(entries));
    }

    static SimulatedMessage message(String deviceId, String deviceType, long sequence, long t, String body) {
        return new SimulatedMessage(deviceId, deviceType, deviceId + "-" + sequence, Instant.ofEpochMilli(t),
                Map.of(DEVICE_TYPE_PROPERTY, deviceType), body, true);
    }

    static String body(String[] names, double[] values) {
        StringBuilder body = new StringBuilder(16 * names.length + 2).append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append('"').append(names[i].replace("\\", "\\\\").replace("\"", "\\\"")).append("\":");
            body.append(values[i]);
        }
        return body.append('}').toString();
    }

    static String heartbeatBody(String reason) {
        return "{\"heartbeat\":true,\"reason\":\"" + reason + "\"}";
    }

    /** A cut payload is never JSON: an object missing its closing brace cannot parse. */
    static String broken(String body) {
        return body.substring(0, Math.max(1, body.length() / 2));
    }
}
