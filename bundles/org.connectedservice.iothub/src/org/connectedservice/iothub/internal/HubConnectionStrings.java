package org.connectedservice.iothub.internal;

/** The device SDK's connection strings. */
final class HubConnectionStrings {

    private HubConnectionStrings() {
    }

    static String device(String host, String deviceId, String key) {
        return "HostName=" + host + ";DeviceId=" + deviceId + ";SharedAccessKey=" + key;
    }
}
