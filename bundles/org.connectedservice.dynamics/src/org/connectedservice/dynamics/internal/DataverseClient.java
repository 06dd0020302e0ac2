package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.connectedservice.core.connect.DynamicsSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes IoT devices and commands through the Dataverse Web API (v9.2, OData 4.0). Every write is an upsert by
 * primary key, so sending the same change twice (a retry after a lost answer) leaves one row. A 429 is waited out
 * as its Retry-After asks, up to {@link #MAX_THROTTLE_WAIT} in total, and a refused token is renewed once.
 */
public final class DataverseClient {

    static final String API = "api/data/v9.2/";
    static final Duration MAX_THROTTLE_WAIT = Duration.ofSeconds(60);
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamicsSettings settings;
    private final URI api;
    private final HttpClient http;
    private final TokenSource tokens;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, String> rowOfDevice = new ConcurrentHashMap<>();

    public DataverseClient(DynamicsSettings settings, HttpClient http, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        String base = settings.organizationUrl().toString();
        this.api = URI.create((base.endsWith("/") ? base : base + "/") + API);
        this.http = http;
        this.tokens = new TokenSource(settings, http, clock);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static HttpClient defaultHttp() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String organization() {
        return TokenSource.host(settings.organizationUrl());
    }

    /**
     * Updates the msdyn_iotdevice whose msdyn_deviceid is deviceId, or creates it with a key made from the device
     * id, so two consoles mirroring the same device meet on one row.
     */
    public void upsertDevice(String deviceId, ObjectNode fields) throws InterruptedException {
        String found = deviceRow(deviceId);
        String row = found != null ? found : DataverseRows.deviceKey(deviceId).toString();
        send("PATCH", DataverseRows.DEVICES + "(" + row + ")", fields, "device " + deviceId);
        rowOfDevice.put(deviceId, row);
    }

    /**
     * Creates or updates the msdyn_iotdevicecommand with this key, linked (msdyn_Device) to the row of its device when
     * Dynamics has one; without it the command names its device by msdyn_deviceid only, and the link is made when a
     * later change of the command finds the device's row.
     */
    public void upsertCommand(UUID key, String deviceId, ObjectNode fields) throws InterruptedException {
        send("PATCH", DataverseRows.COMMANDS + "(" + key + ")", linked(deviceId, fields), "command " + key);
    }

    /** Creates or updates the msdyn_iotalert with this key, linked to its device's row as a command is. */
    public void upsertAlert(UUID key, String deviceId, ObjectNode fields) throws InterruptedException {
        send("PATCH", DataverseRows.ALERTS + "(" + key + ")", linked(deviceId, fields), "alert " + key);
    }

    private ObjectNode linked(String deviceId, ObjectNode fields) throws InterruptedException {
        String device = deviceId.isEmpty() ? null : deviceRow(deviceId);
        if (device == null) {
            return fields;
        }
        ObjectNode body = fields.deepCopy();
        body.put(DataverseRows.DEVICE_LINK, "/" + DataverseRows.DEVICES + "(" + device + ")");
        return body;
    }

    /** The key of the msdyn_iotdevice row of this device, from this run's memory or asked of Dynamics; null if none. */
    private String deviceRow(String deviceId) throws InterruptedException {
        String row = rowOfDevice.get(deviceId);
        if (row != null) {
            return row;
        }
        String filter = "msdyn_deviceid eq '" + deviceId.replace("'", "''") + "'";
        JsonNode found = send("GET", DataverseRows.DEVICES + "?$select=msdyn_iotdeviceid&$top=1&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"), null, "device " + deviceId);
        JsonNode first = found.path("value").path(0).path("msdyn_iotdeviceid");
        if (!first.isTextual()) {
            return null;
        }
        rowOfDevice.put(deviceId, first.asText());
        return first.asText();
    }

    private JsonNode send(String method, String path, ObjectNode body, String what) throws InterruptedException {
        Duration waited = Duration.ZERO;
        boolean renewedToken = false;
        while (true) {
            HttpResponse<String> response = exchange(method, path, body);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(response.body());
            }
            if (status == 401 && !renewedToken) {
                tokens.forget();
                renewedToken = true;
                continue;
            }
            if (status == 429) {
                Duration wait = retryAfter(response);
                if (waited.plus(wait).compareTo(MAX_THROTTLE_WAIT) <= 0) {
                    sleeper.sleep(wait);
                    waited = waited.plus(wait);
                    continue;
                }
                throw new DataverseException("Dynamics " + organization() + " is throttling requests (429) and"
                        + " asks to wait " + wait.toSeconds() + " s; the " + what + " is sent then", 429, true,
                        clock.instant().plus(wait), null);
            }
            throw DataverseErrors.of(organization(), status, path, what, parse(response.body()));
        }
    }

    private HttpResponse<String> exchange(String method, String path, ObjectNode body) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.token())
                .header("OData-MaxVersion", "4.0").header("OData-Version", "4.0")
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataverseException("cannot reach Dynamics " + organization() + ": " + TokenSource.describe(e)
                    + "; check the network and the organization URL", 0, true, null, e);
        }
    }

    /* Retry-After is in seconds for Dataverse; anything else falls back to a short wait rather than failing. */
    private static Duration retryAfter(HttpResponse<String> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        try {
            double seconds = Double.parseDouble(value);
            return seconds > 0 ? Duration.ofMillis(Math.round(seconds * 1000)) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("raw", body.length() > 200 ? body.substring(0, 200) : body);
        }
    }
}
