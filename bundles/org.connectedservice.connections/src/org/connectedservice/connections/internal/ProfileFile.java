package org.connectedservice.connections.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;
import org.connectedservice.core.connect.SqlSettings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The profile on disk: connections.json holds what may be shown (hosts, names, ids) and can be read or handed
 * around; connection-secrets.json holds the keys, secret and password, readable by the owner only.
 */
final class ProfileFile {

    static final String PROFILE = "connections.json";
    static final String SECRETS = "connection-secrets.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What was read: the profile, or embedded and why the file could not be used. */
    record Loaded(ConnectionProfile profile, String problem) {
    }

    private final Path profileFile;
    private final Path secretsFile;

    ProfileFile(Path directory) {
        this.profileFile = directory.resolve(PROFILE);
        this.secretsFile = directory.resolve(SECRETS);
    }

    Path profileFile() {
        return profileFile;
    }

    Path secretsFile() {
        return secretsFile;
    }

    Loaded load() {
        if (!Files.exists(profileFile)) {
            return new Loaded(ConnectionProfile.embedded(), null);
        }
        JsonNode profile;
        JsonNode secrets;
        try {
            profile = read(profileFile);
            secrets = Files.exists(secretsFile) ? read(secretsFile) : JSON.createObjectNode();
        } catch (IllegalArgumentException e) {
            return broken(e.getMessage());
        }
        try {
            ConnectionProfile loaded = new ConnectionProfile(text(profile, "name", PROFILE), hub(profile, secrets),
                    dynamics(profile, secrets), sql(profile, secrets));
            ProfileValidator.check(loaded);
            return new Loaded(loaded, null);
        } catch (IllegalArgumentException e) {
            return broken(e.getMessage());
        }
    }

    private Loaded broken(String why) {
        return new Loaded(ConnectionProfile.embedded(), why + ". The console runs embedded; the file is kept as it"
                + " is: fix it and restart, or save the profile again in the connection settings");
    }

    private static JsonNode read(Path file) {
        String name = file.getFileName().toString();
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(name + " does not hold a JSON object { ... }");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static IotHubSettings hub(JsonNode profile, JsonNode secrets) {
        JsonNode hub = section(profile, "iotHub");
        if (hub == null) {
            return null;
        }
        String protocol = text(hub, "deviceProtocol", PROFILE + " iotHub");
        DeviceProtocol deviceProtocol;
        try {
            deviceProtocol = DeviceProtocol.valueOf(protocol.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROFILE + " iotHub.deviceProtocol: '" + protocol
                    + "' is neither MQTT nor AMQP", e);
        }
        return new IotHubSettings(text(hub, "hostName", PROFILE + " iotHub"),
                text(hub, "sharedAccessKeyName", PROFILE + " iotHub"),
                secret(secrets, "iotHub", "sharedAccessKey", "the IoT Hub shared access key"), deviceProtocol,
                hub.path("createDevicesInBulk").asBoolean(false));
    }

    private static DynamicsSettings dynamics(JsonNode profile, JsonNode secrets) {
        JsonNode dynamics = section(profile, "dynamics");
        if (dynamics == null) {
            return null;
        }
        return new DynamicsSettings(uri(dynamics, "organizationUrl"), uri(dynamics, "tokenEndpoint"),
                text(dynamics, "clientId", PROFILE + " dynamics"),
                secret(secrets, "dynamics", "clientSecret", "the Dynamics client secret"));
    }

    private static SqlSettings sql(JsonNode profile, JsonNode secrets) {
        JsonNode sql = section(profile, "sql");
        if (sql == null) {
            return null;
        }
        JsonNode password = secrets.path("sql").path("password");
        return new SqlSettings(text(sql, "jdbcUrl", PROFILE + " sql"), sql.path("user").asText(""),
                password.isTextual() ? password.asText() : "");
    }

    private static JsonNode section(JsonNode profile, String name) {
        JsonNode section = profile.get(name);
        if (section == null || section.isNull()) {
            return null;
        }
        if (!section.isObject()) {
            throw new IllegalArgumentException(PROFILE + " " + name + ": must be an object { ... } or null");
        }
        return section;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + ": missing or not a text in quotes");
        }
        return value.asText();
    }

    private static URI uri(JsonNode node, String field) {
        String text = text(node, field, PROFILE + " dynamics");
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PROFILE + " dynamics." + field + ": '" + text
                    + "' is not a web address", e);
        }
    }

    private static String secret(JsonNode secrets, String section, String field, String what) {
        JsonNode value = secrets.path(section).path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException(SECRETS + " lacks " + what + " (" + section + "." + field
                    + "); enter it again");
        }
        return value.asText();
    }

    void write(ConnectionProfile profile) throws IOException {
        ObjectNode open = JSON.createObjectNode();
        ObjectNode secret = JSON.createObjectNode();
        open.put("name", profile.name().strip());
        profile.hub().ifPresentOrElse(h -> {
            open.putObject("iotHub").put("hostName", h.hostName().strip())
                    .put("sharedAccessKeyName", h.sharedAccessKeyName().strip())
                    .put("deviceProtocol", h.deviceProtocol().name())
                    .put("createDevicesInBulk", h.createDevicesInBulk());
            secret.putObject("iotHub").put("sharedAccessKey", h.sharedAccessKey().strip());
        }, () -> open.putNull("iotHub"));
        profile.dataverse().ifPresentOrElse(d -> {
            open.putObject("dynamics").put("organizationUrl", d.organizationUrl().toString())
                    .put("tokenEndpoint", d.tokenEndpoint().toString()).put("clientId", d.clientId().strip());
            secret.putObject("dynamics").put("clientSecret", d.clientSecret());
        }, () -> open.putNull("dynamics"));
        profile.azureSql().ifPresentOrElse(s -> {
            open.putObject("sql").put("jdbcUrl", s.jdbcUrl().strip()).put("user", s.user() == null ? "" : s.user());
            secret.putObject("sql").put("password", s.password() == null ? "" : s.password());
        }, () -> open.putNull("sql"));
        OwnerOnlyFiles.write(secretsFile, JSON.writeValueAsString(secret), true);
        OwnerOnlyFiles.write(profileFile, JSON.writeValueAsString(open), false);
    }
}
