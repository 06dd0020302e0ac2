package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * IoT Hub's service REST API over HTTPS on localhost, as azure-wire-facts.md describes it: the twin query, registry
 * PUT, twin GET and PATCH (POST with X-HTTP-Method-Override) with If-Match, and direct methods. Every request must
 * carry a SharedAccessSignature of the policy for "localhost"; errors come back in the hub's JSON error format.
 */
final class LocalServiceHub implements AutoCloseable {

    static final String POLICY = "iothubowner";
    static final String POLICY_KEY = "bG9jYWwtc2VydmljZS1odWItcG9saWN5LWtleQ==";

    enum Reaction {
        ANSWER, OFFLINE, HANG
    }

    record MethodAnswer(Reaction reaction, int status, String payload) {
    }

    record Request(String method, String path, String ifMatch, String authorization, String body) {
    }

    private final HttpsServer server;
    private final LocalTwins twins = new LocalTwins();
    private final Map<String, MethodAnswer> methodAnswers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int forcedStatus;

    LocalServiceHub(SSLContext tls) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4,
                runnable -> Thread.ofPlatform().daemon().name("local-service-hub").unstarted(runnable)));
        server.start();
    }

    /** The host name as a connection profile names this hub. */
    String hostName() {
        return "localhost:" + server.getAddress().getPort();
    }

    LocalTwins twins() {
        return twins;
    }

    List<Request> requests() {
        return requests;
    }

    void answer(String deviceId, MethodAnswer answer) {
        methodAnswers.put(deviceId, answer);
    }

    /** Every request is answered with this status (429 throttling, say) until it is set back to 0. */
    void force(int status) {
        forcedStatus = status;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
            if (override != null) {
                method = override;
            }
            String path = exchange.getRequestURI().getPath();
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("If-Match"), token, body));
            String refusal = SasCheck.refusal(token, "localhost", POLICY, POLICY_KEY, System.currentTimeMillis());
            if (refusal != null) {
                respond(exchange, 401, "{\"Message\":\"ErrorCode:IotHubUnauthorizedAccess;" + refusal
                        + "\",\"ExceptionMessage\":\"Tracking ID:local-TimeStamp:" + Instant.now() + "\"}");
            } else if (forcedStatus != 0) {
                respond(exchange, forcedStatus, error(forcedStatus * 1000 + 1, "forced by the test"));
            } else {
                route(exchange, method, path, body);
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        String[] parts = path.substring(1).split("/");
        String id = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        if (method.equals("POST") && path.equals("/devices/query")) {
            respond(exchange, 200, twins.all().toString());
        } else if (method.equals("PUT") && parts.length == 2 && parts[0].equals("devices")) {
            if (!twins.create(id)) {
                respond(exchange, 409, error(409001, "A device with ID '" + id + "' is already registered."));
                return;
            }
            ObjectNode device = (ObjectNode) LocalTwins.JSON.readTree(body);
            device.put("etag", "MQ==").put("generationId", "1");
            respond(exchange, 200, device.toString());
        } else if (parts.length >= 2 && parts[0].equals("twins") && !twins.has(id)) {
            respond(exchange, 404, error(404001, "Device " + id + " not found."));
        } else if (method.equals("GET") && parts.length == 2 && parts[0].equals("twins")) {
            respond(exchange, 200, twins.twin(id).toString());
        } else if (method.equals("PATCH") && parts.length == 2 && parts[0].equals("twins")) {
            String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
            if (!twins.patch(id, LocalTwins.JSON.readTree(body), ifMatch, Instant.now())) {
                respond(exchange, 412, error(412002, "Precondition failed: the etag " + ifMatch + " is stale."));
                return;
            }
            respond(exchange, 200, twins.twin(id).toString());
        } else if (method.equals("POST") && parts.length == 3 && parts[2].equals("methods")) {
            method(exchange, id, LocalTwins.JSON.readTree(body));
        } else {
            respond(exchange, 404, error(404000, "no route " + method + " " + path));
        }
    }

    private void method(HttpExchange exchange, String id, JsonNode call) throws IOException {
        requests.add(new Request("METHOD-CALL", id, null, null, call.toString()));
        MethodAnswer answer = methodAnswers.getOrDefault(id, new MethodAnswer(Reaction.OFFLINE, 0, null));
        switch (answer.reaction()) {
            case OFFLINE -> respond(exchange, 404, error(404103, "Timed out waiting for device to connect."));
            case HANG -> respond(exchange, 504, error(504101, "Timed out waiting for the response from device."));
            case ANSWER -> respond(exchange, 200, LocalTwins.JSON.createObjectNode()
                    .put("status", answer.status()).set("payload", LocalTwins.JSON.readTree(answer.payload()))
                    .toString());
        }
    }

    private static String error(int code, String message) {
        return LocalTwins.JSON.createObjectNode().put("errorCode", code).put("trackingId", "local")
                .put("message", message).put("timestampUtc", Instant.now().toString()).toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
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
