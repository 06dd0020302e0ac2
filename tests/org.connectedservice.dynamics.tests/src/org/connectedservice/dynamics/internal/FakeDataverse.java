package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedservice.core.connect.DynamicsSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tenant token endpoint and a Dataverse Web API on a local port, holding rows in memory. It insists on what the
 * real service insists on (a valid bearer token, the OData version headers, existing tables) and can be told to
 * answer the next requests with a given status, to refuse every token, or to be down.
 */
final class FakeDataverse implements AutoCloseable {

    static final String CLIENT_ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    static final String SECRET = "s3cr3t~value";
    private static final Pattern ROW = Pattern.compile("([a-z_]+)(?:\\(([0-9a-f-]{36})\\))?");
    private static final Pattern BOUND = Pattern.compile("/([a-z_]+)\\(([0-9a-f-]{36})\\)");
    private static final Pattern BY_DEVICE_ID = Pattern.compile("msdyn_deviceid eq '((?:[^']|'')*)'");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String retryAfter, String body) {
    }

    record Seen(String method, String path, String odataVersion, String odataMaxVersion) {
    }

    private final HttpServer server;
    final Map<String, Map<String, ObjectNode>> tables = new ConcurrentHashMap<>();
    final Deque<Answer> scripted = new ArrayDeque<>();
    final List<Seen> seen = new ArrayList<>();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    volatile int tokensIssued;
    volatile long expiresIn = 3599;
    volatile boolean refuseEveryToken;
    volatile boolean down;

    FakeDataverse() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tenant/oauth2/v2.0/token", this::token);
        server.createContext("/api/data/v9.2/", this::api);
        tables.put(DataverseRows.DEVICES, new TreeMap<>());
        tables.put(DataverseRows.COMMANDS, new TreeMap<>());
        tables.put(DataverseRows.ALERTS, new TreeMap<>());
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    DynamicsSettings settings(String secret) {
        return new DynamicsSettings(base(), base().resolve("/tenant/oauth2/v2.0/token"), CLIENT_ID, secret);
    }

    DynamicsSettings settings() {
        return settings(SECRET);
    }

    synchronized void answerNext(int status, String retryAfter, String message) {
        scripted.add(new Answer(status, retryAfter, message == null ? "" : error(message)));
    }

    synchronized List<ObjectNode> rows(String table) {
        return List.copyOf(tables.get(table).values());
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = new TreeMap<>();
        for (String pair : read(exchange.getRequestBody()).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !SECRET.equals(form.get("client_secret"))) {
            reply(exchange, 401, null, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid"
                    + " client secret provided.\\r\\nTrace ID: 1\"}");
            return;
        }
        if (!(base() + "/.default").equals(form.get("scope"))) {
            reply(exchange, 400, null, "{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS70011\"}");
            return;
        }
        String token;
        synchronized (this) {
            token = "token-" + ++tokensIssued;
        }
        validTokens.add(token);
        reply(exchange, 200, null, "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\""
                + token + "\"}");
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring("/api/data/v9.2/".length());
        String body = read(exchange.getRequestBody());
        Answer answer;
        synchronized (this) {
            seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst(
                    "OData-Version"), exchange.getRequestHeaders().getFirst("OData-MaxVersion")));
            answer = down ? new Answer(503, null, error("Service Unavailable")) : scripted.poll();
        }
        if (answer != null) {
            reply(exchange, answer.status(), answer.retryAfter(), answer.body());
            return;
        }
        String bearer = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (refuseEveryToken || !bearer.startsWith("Bearer ") || !validTokens.contains(bearer.substring(7))) {
            reply(exchange, 401, null, "");
            return;
        }
        if (!"4.0".equals(exchange.getRequestHeaders().getFirst("OData-Version"))) {
            reply(exchange, 400, null, error("OData-Version 4.0 is required"));
            return;
        }
        Matcher row = ROW.matcher(path);
        if (!row.matches() || !tables.containsKey(row.group(1))) {
            reply(exchange, 404, null, error("Resource not found for the segment '" + path.replaceAll("\\(.*", "")
                    + "'."));
            return;
        }
        synchronized (this) {
            Map<String, ObjectNode> table = tables.get(row.group(1));
            if ("GET".equals(exchange.getRequestMethod())) {
                reply(exchange, 200, null, query(table, exchange.getRequestURI().getRawQuery()));
            } else if ("PATCH".equals(exchange.getRequestMethod()) && row.group(2) != null) {
                ObjectNode fields = (ObjectNode) JSON.readTree(body);
                String missing = bindLookups(fields);
                if (missing != null) {
                    reply(exchange, 400, null, error(missing));
                    return;
                }
                ObjectNode stored = table.computeIfAbsent(row.group(2), key -> JSON.createObjectNode()
                        .put(row.group(1).replaceAll("s$", "") + "id", key));
                stored.setAll(fields);
                reply(exchange, 204, null, "");
            } else {
                reply(exchange, 405, null, error("this fake takes GET and PATCH by key"));
            }
        }
    }

    /**
     * Turns each "Nav@odata.bind": "/table(key)" into the lookup column "_nav_value" as Dataverse stores it; the
     * message Dataverse gives when the bound row does not exist, or null when all exist.
     */
    private String bindLookups(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!name.endsWith("@odata.bind")) {
                continue;
            }
            Matcher target = BOUND.matcher(fields.get(name).asText());
            Map<String, ObjectNode> table = target.matches() ? tables.get(target.group(1)) : null;
            if (table == null || !table.containsKey(target.group(2))) {
                return "msdyn_iotdevice With Id = " + fields.get(name).asText() + " Does Not Exist";
            }
            fields.remove(name);
            fields.put("_" + name.substring(0, name.indexOf('@')).toLowerCase() + "_value", target.group(2));
        }
        return null;
    }

    private static String query(Map<String, ObjectNode> table, String rawQuery) {
        String query = URLDecoder.decode(rawQuery == null ? "" : rawQuery, StandardCharsets.UTF_8);
        Matcher m = BY_DEVICE_ID.matcher(query);
        ArrayNode value = JSON.createArrayNode();
        for (ObjectNode row : table.values()) {
            if (!m.find(0) || m.group(1).replace("''", "'").equals(row.path("msdyn_deviceid").asText())) {
                value.add(row);
            }
        }
        return JSON.createObjectNode().set("value", value).toString();
    }

    private static String error(String message) {
        return JSON.createObjectNode().set("error", JSON.createObjectNode().put("code", "0x80040217")
                .put("message", message)).toString();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json; odata.metadata=minimal");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
