package org.connectedservice.iothub.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.connectedservice.simulator.transport.TransportException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulated devices' identities in the hub's registry, over its REST API. Creating goes 100 devices per request
 * (the bulk registry operation's limit) with importMode "create", so a device that already exists keeps its key; that
 * key is then read back, as are the keys of every device when the profile does not allow creating them.
 */
final class DeviceIdentities {

    static final String API_VERSION = "2021-04-12";
    static final int BULK_LIMIT = 100;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final int PARALLEL_READS = 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final HubAddress address;
    private final SasTokens tokens;
    private final String policyName;
    private final Clock clock;

    DeviceIdentities(HttpClient http, HubAddress address, SasTokens tokens, String policyName, Clock clock) {
        this.http = http;
        this.address = address;
        this.tokens = tokens;
        this.policyName = policyName;
        this.clock = clock;
    }

    /** Each device's key, creating the devices first when create is true. */
    Map<String, String> keys(List<String> deviceIds, boolean create) throws TransportException {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> existing = new ArrayList<>();
        if (create) {
            for (int from = 0; from < deviceIds.size(); from += BULK_LIMIT) {
                List<String> batch = deviceIds.subList(from, Math.min(deviceIds.size(), from + BULK_LIMIT));
                existing.addAll(createBatch(batch));
                batch.stream().filter(id -> !existing.contains(id)).forEach(id -> keys.put(id, tokens.deviceKey(id)));
            }
        } else {
            existing.addAll(deviceIds);
        }
        keys.putAll(readKeys(existing, create));
        Map<String, String> ordered = new LinkedHashMap<>();
        deviceIds.forEach(id -> ordered.put(id, keys.get(id)));
        return ordered;
    }

    /** Creates the devices; returns those that already existed. */
    private List<String> createBatch(List<String> ids) throws TransportException {
        ArrayNode body = JSON.createArrayNode();
        for (String id : ids) {
            ObjectNode device = body.addObject().put("id", id).put("importMode", "create").put("status", "enabled");
            device.putObject("authentication").put("type", "sas").putObject("symmetricKey")
                    .put("primaryKey", tokens.deviceKey(id)).put("secondaryKey", tokens.deviceKey(id + "/secondary"));
        }
        HttpResponse<String> response = send(request("/devices").POST(HttpRequest.BodyPublishers.ofString(
                body.toString())).header("Content-Type", "application/json; charset=utf-8"), "create devices");
        JsonNode result = parse(response.body());
        List<String> existing = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode error : result.path("errors")) {
            String id = error.path("deviceId").asText();
            if ("DeviceAlreadyExists".equalsIgnoreCase(error.path("errorCode").asText())) {
                existing.add(id);
            } else {
                failures.add(id + ": " + error.path("errorStatus").asText(error.path("errorCode").asText()));
            }
        }
        if (!failures.isEmpty() || response.statusCode() != 200 && existing.isEmpty()) {
            throw new TransportException("IoT Hub " + address.host() + " did not create the simulated devices ("
                    + (failures.isEmpty() ? "HTTP " + response.statusCode() : String.join("; ", failures.subList(0,
                            Math.min(3, failures.size())))) + "). Check the hub's device quota and the device ids.");
        }
        return existing;
    }

    /** Reads keys a few requests at a time: a second run of 10,000 devices must not take minutes. */
    private Map<String, String> readKeys(List<String> ids, boolean created) throws TransportException {
        Map<String, String> keys = new ConcurrentHashMap<>();
        AtomicReference<TransportException> failure = new AtomicReference<>();
        Semaphore permits = new Semaphore(PARALLEL_READS);
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : ids) {
                permits.acquireUninterruptibly();
                if (failure.get() != null) {
                    permits.release();
                    break;
                }
                readers.execute(() -> {
                    try {
                        keys.put(id, readKey(id, created));
                    } catch (TransportException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return keys;
    }

    private String readKey(String id, boolean created) throws TransportException {
        HttpResponse<String> response = send(request("/devices/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                .replace("+", "%20")).GET(), "read device " + id);
        JsonNode device = parse(response.body());
        if (!"enabled".equalsIgnoreCase(device.path("status").asText("enabled"))) {
            throw new TransportException("Device " + id + " is disabled in IoT Hub " + address.host()
                    + "'s registry. Enable it on the hub's Devices page, or remove it from the simulated fleet.");
        }
        String key = device.path("authentication").path("symmetricKey").path("primaryKey").asText("");
        if (key.isEmpty()) {
            throw new TransportException("Device " + id + " in IoT Hub " + address.host() + " has no symmetric key "
                    + "(it uses X.509 certificates); the simulator connects devices with keys. "
                    + (created ? "Delete it from the hub, or rename it in the fleet." : "Use another device id."));
        }
        return key;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://" + address.httpsAuthority() + path + "?api-version="
                + API_VERSION)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", tokens.serviceToken(address.host(), clock.instant()))
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) throws TransportException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransportException(HubFailures.unreachable(address.host(), address.httpsPort(), "HTTPS", e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Connecting the simulated devices was interrupted.", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 400 && what.startsWith("create")) {
            return response;
        }
        throw new TransportException(HubFailures.registryRefusal(address.host(), policyName, what, status,
                response.body()));
    }

    private JsonNode parse(String body) throws TransportException {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new TransportException("IoT Hub " + address.host() + " answered the registry request with "
                    + "something that is not JSON; is " + address.httpsAuthority() + " really an IoT Hub?", e);
        }
    }
}
