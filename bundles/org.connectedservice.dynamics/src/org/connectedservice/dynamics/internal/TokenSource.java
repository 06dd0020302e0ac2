package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.connectedservice.core.connect.DynamicsSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens for Dataverse from the tenant's token endpoint (OAuth2 client credentials), kept until shortly
 * before they expire so a burst of mirrored changes costs one token request, not one each.
 */
final class TokenSource {

    /* Renew this long before expiry, so a token never runs out between being handed out and being used. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamicsSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    TokenSource(DynamicsSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    synchronized String token() throws InterruptedException {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return token;
        }
        Map<String, String> form = Map.of("grant_type", "client_credentials", "client_id", settings.clientId(),
                "client_secret", settings.clientSecret(), "scope", settings.scope());
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(settings.tokenEndpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DataverseException("cannot reach the token endpoint " + host(settings.tokenEndpoint()) + ": "
                    + describe(e) + "; check the network and the token endpoint address", 0, true, null, e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200 || !answer.path("access_token").isTextual()) {
            throw refused(response.statusCode(), answer);
        }
        Instant now = clock.instant();
        long seconds = answer.path("expires_in").asLong(3600);
        token = answer.get("access_token").asText();
        renewAt = now.plusSeconds(seconds).minus(RENEW_BEFORE);
        return token;
    }

    /** Forgets the token, so the next request gets a new one (after the server refused it). */
    synchronized void forget() {
        token = null;
    }

    private DataverseException refused(int status, JsonNode answer) {
        String error = answer.path("error").asText("");
        String description = answer.path("error_description").asText("").lines().findFirst().orElse("");
        String what = error.isEmpty() ? "HTTP " + status : error + (description.isEmpty() ? "" : ": " + description);
        String advice = "invalid_scope".equals(error) ? "check the organization URL, whose address with /.default is"
                + " the scope asked for (" + settings.scope() + ")"
                : "check the tenant in the token endpoint, the client id, and that the client secret has not expired"
                        + " (app registration > Certificates & secrets)";
        return new DataverseException("the token endpoint refused the app's credentials (" + what + "); " + advice,
                status, true, null, null);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String host(URI uri) {
        return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    /* The JDK's client often gives no message; say what the exception means instead of its class name. */
    static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within the time allowed";
        }
        if (e instanceof ConnectException) {
            return "no connection could be made (refused, unreachable or an unknown host)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
