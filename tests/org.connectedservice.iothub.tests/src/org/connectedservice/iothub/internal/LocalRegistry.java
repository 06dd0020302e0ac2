package org.connectedservice.iothub.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * An IoT Hub identity registry over HTTPS: the bulk registry operation (POST /devices, importMode create, at most
 * 100 devices) and GET /devices/{id}, each checking the policy's SharedAccessSignature for the hub host.
 */
final class LocalRegistry implements AutoCloseable {

    static final String POLICY = "iothubowner";
    /** A policy with registry read but not write rights. */
    static final String READ_ONLY_POLICY = "registryRead";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String policyKey;
    private final String host;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final List<Integer> bulkSizes = new CopyOnWriteArrayList<>();
    private final HttpsServer server;

    LocalRegistry(TestCertificate certificate, String policyKey) throws IOException, GeneralSecurityException {
        this.policyKey = policyKey;
        this.host = certificate.address();
        server = HttpsServer.create(new InetSocketAddress(certificate.inetAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.createContext("/devices", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4,
                runnable -> Thread.ofPlatform().daemon().name("local-registry").unstarted(runnable)));
        server.start();
    }

    /** The hub host name as a connection profile names it: the registry's port included. */
    String hostName() {
        return host + ":" + server.getAddress().getPort();
    }

    /** Registers a device the way someone did by hand, with a key of their own. */
    void register(String deviceId, String key) {
        keys.put(deviceId, key);
    }

    String keyOf(String deviceId) {
        return keys.get(deviceId);
    }

    List<Integer> bulkSizes() {
        return bulkSizes;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            String refusal = SasCheck.refusal(token, host, policyKey);
            boolean readOnly = token != null && token.endsWith("skn=" + READ_ONLY_POLICY);
            if (refusal == null && !token.endsWith("skn=" + POLICY) && !readOnly) {
                refusal = "unknown policy";
            }
            if (refusal != null) {
                respond(exchange, 401, "{\"Message\":\"ErrorCode:IotHubUnauthorizedAccess;" + refusal + "\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (readOnly && !exchange.getRequestMethod().equals("GET")) {
                respond(exchange, 403, "{\"Message\":\"ErrorCode:IotHubUnauthorizedAccess;Unauthorized\"}");
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/devices")) {
                bulkCreate(exchange);
            } else if (exchange.getRequestMethod().equals("GET") && path.startsWith("/devices/")) {
                read(exchange, URLDecoder.decode(path.substring("/devices/".length()), StandardCharsets.UTF_8));
            } else {
                respond(exchange, 404, "{}");
            }
        }
    }

    private void bulkCreate(HttpExchange exchange) throws IOException {
        JsonNode devices = JSON.readTree(exchange.getRequestBody());
        if (devices.size() > 100) {
            respond(exchange, 400, "{\"Message\":\"too many devices\"}");
            return;
        }
        bulkSizes.add(devices.size());
        ObjectNode result = JSON.createObjectNode();
        var errors = result.putArray("errors");
        result.putArray("warnings");
        for (JsonNode device : devices) {
            String id = device.path("id").asText();
            String key = device.path("authentication").path("symmetricKey").path("primaryKey").asText();
            if (keys.putIfAbsent(id, key) != null) {
                errors.addObject().put("deviceId", id).put("errorCode", "DeviceAlreadyExists")
                        .put("errorStatus", "A device with ID '" + id + "' is already registered.")
                        .put("operation", "create");
            }
        }
        result.put("isSuccessful", errors.isEmpty());
        respond(exchange, errors.isEmpty() ? 200 : 400, result.toString());
    }

    private void read(HttpExchange exchange, String id) throws IOException {
        String key = keys.get(id);
        if (key == null) {
            respond(exchange, 404, "{\"Message\":\"ErrorCode:DeviceNotFound;" + id + "\"}");
            return;
        }
        ObjectNode device = JSON.createObjectNode().put("deviceId", id).put("status", "enabled");
        device.putObject("authentication").put("type", "sas").putObject("symmetricKey").put("primaryKey", key)
                .put("secondaryKey", key);
        respond(exchange, 200, device.toString());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
