package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.connectedservice.core.devices.DeviceGateway.CallOutcome;
import org.connectedservice.core.devices.DeviceGateway.MethodResult;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubGatewayTimeoutException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubNotFoundException;
import com.microsoft.azure.sdk.iot.service.methods.DirectMethodRequestOptions;
import com.microsoft.azure.sdk.iot.service.methods.DirectMethodResponse;

/**
 * Direct methods through DirectMethodsClient. IoT Hub takes a response timeout of 5 to 300 s and a connect timeout
 * of 0 to 300 s, so the command's timeouts are rounded up into those ranges. The hub's answers are outcomes: 404001
 * an unknown device, 404103 a device that did not connect in time, 504 one that did not answer in time.
 */
final class HubMethods {

    static final int MIN_RESPONSE_SECONDS = 5;
    static final int MAX_SECONDS = 300;
    /* How much longer than the hub's own timeouts the HTTP read waits for the hub's answer. */
    static final int READ_MARGIN_SECONDS = 15;

    private final HubClients clients;
    private final HubProblems problems;
    private final HubRegistry registry;
    private final Clock clock;
    private final String hub;

    HubMethods(HubClients clients, HubProblems problems, HubRegistry registry, Clock clock, String hub) {
        this.clients = clients;
        this.problems = problems;
        this.registry = registry;
        this.clock = clock;
        this.hub = hub;
    }

    /** @throws IllegalStateException when the hub itself refused or could not be reached, saying what to do */
    MethodResult invoke(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) {
        int response = seconds(responseTimeout, MIN_RESPONSE_SECONDS);
        int connect = seconds(connectTimeout, 0);
        DirectMethodRequestOptions options = DirectMethodRequestOptions.builder().payload(json(payload))
                .methodResponseTimeoutSeconds(response).methodConnectTimeoutSeconds(connect).build();
        try {
            DirectMethodResponse answer = clients.methods(response + connect + READ_MARGIN_SECONDS)
                    .invoke(deviceId, method, options);
            int status = answer.getStatus() == null ? 0 : answer.getStatus();
            if (status >= 200 && status < 300 && "reboot".equals(method.strip().toLowerCase(Locale.ROOT))) {
                registry.expectHeartbeat(deviceId, clock.instant());
            }
            return new MethodResult(CallOutcome.ANSWERED, status, answer.getPayloadAsJsonString());
        } catch (IotHubNotFoundException e) {
            if (e.getErrorCode() == HubProblems.DEVICE_NOT_ONLINE) {
                return new MethodResult(CallOutcome.OFFLINE, 404, quoted(deviceId + " is offline: it did not"
                        + " connect to IoT Hub " + hub + " within the connect timeout of " + connect + " s"));
            }
            return new MethodResult(CallOutcome.UNKNOWN_DEVICE, 404, quoted("no device '" + deviceId + "' in IoT"
                    + " Hub " + hub + "'s registry; register it in the Devices view first"));
        } catch (IotHubGatewayTimeoutException e) {
            return new MethodResult(CallOutcome.TIMED_OUT, 504, quoted(deviceId + " did not answer within the"
                    + " response timeout of " + response + " s"));
        } catch (IotHubException | IOException | RuntimeException e) {
            throw new IllegalStateException(problems.describe(e, "call " + method + " on " + deviceId), e);
        }
    }

    private static int seconds(Duration timeout, int min) {
        long whole = (timeout.toMillis() + 999) / 1000;
        return (int) Math.max(min, Math.min(MAX_SECONDS, whole));
    }

    /* The payload is JSON text; something else goes as a JSON string rather than being refused here. */
    private static JsonElement json(String payload) {
        if (payload == null || payload.isBlank()) {
            return null;
        }
        try {
            JsonElement parsed = JsonParser.parseString(payload);
            return parsed.isJsonNull() ? null : parsed;
        } catch (RuntimeException e) {
            return new JsonPrimitive(payload);
        }
    }

    private static String quoted(String text) {
        return new JsonPrimitive(text).toString();
    }
}
