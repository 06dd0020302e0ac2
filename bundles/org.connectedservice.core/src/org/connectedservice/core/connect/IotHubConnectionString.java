package org.connectedservice.core.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.connect.IotHubSettings.DeviceProtocol;

/**
 * Reads the connection string of an IoT Hub shared access policy ("HostName=...;SharedAccessKeyName=...;
 * SharedAccessKey=..."), the form the Azure portal offers to copy, and recognizes the strings people paste by
 * mistake (a device's, or the Event Hub-compatible endpoint) so the message can say which one to copy instead.
 */
public final class IotHubConnectionString {

    private static final String WHERE = "copy the 'Primary connection string' of a shared access policy"
            + " (Azure portal > your IoT hub > Security settings > Shared access policies > iothubowner)";

    private IotHubConnectionString() {
    }

    /**
     * @throws IllegalArgumentException saying which part is missing or why the string is the wrong kind
     */
    public static IotHubSettings parse(String connectionString, DeviceProtocol protocol, boolean createDevicesInBulk) {
        if (connectionString == null || connectionString.isBlank()) {
            throw new IllegalArgumentException("IoT Hub connection string: it is empty; " + WHERE);
        }
        Map<String, String> parts = parts(connectionString.strip());
        if (parts.containsKey("endpoint")) {
            throw new IllegalArgumentException("IoT Hub connection string: this is the Event Hub-compatible endpoint"
                    + " (Endpoint=sb://...), which only reads telemetry; " + WHERE);
        }
        if (parts.containsKey("deviceid")) {
            throw new IllegalArgumentException("IoT Hub connection string: this is the connection string of device '"
                    + parts.get("deviceid") + "', which cannot manage the hub; " + WHERE);
        }
        List<String> missing = new ArrayList<>();
        String host = part(parts, "hostname", "HostName", missing);
        String keyName = part(parts, "sharedaccesskeyname", "SharedAccessKeyName", missing);
        String key = part(parts, "sharedaccesskey", "SharedAccessKey", missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("IoT Hub connection string: it lacks " + String.join(", ", missing)
                    + " (it should read HostName=<hub>.azure-devices.net;SharedAccessKeyName=<policy>;"
                    + "SharedAccessKey=<key>); " + WHERE);
        }
        return new IotHubSettings(host, keyName, key, protocol == null ? DeviceProtocol.MQTT : protocol,
                createDevicesInBulk);
    }

    /** The connection string of these settings, as the portal shows it. */
    public static String format(IotHubSettings settings) {
        return "HostName=" + settings.hostName() + ";SharedAccessKeyName=" + settings.sharedAccessKeyName()
                + ";SharedAccessKey=" + settings.sharedAccessKey();
    }

    /* A key's value may end in '=' (base64 padding), so only the first '=' separates name and value. */
    private static Map<String, String> parts(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String piece : text.split(";")) {
            int eq = piece.indexOf('=');
            if (eq > 0) {
                parts.put(piece.substring(0, eq).strip().toLowerCase(Locale.ROOT), piece.substring(eq + 1).strip());
            }
        }
        return parts;
    }

    private static String part(Map<String, String> parts, String key, String label, List<String> missing) {
        String value = parts.get(key);
        if (value == null || value.isEmpty()) {
            missing.add(label + "=...");
            return "";
        }
        return value;
    }
}
