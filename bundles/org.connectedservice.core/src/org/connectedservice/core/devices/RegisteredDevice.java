package org.connectedservice.core.devices;

import java.time.Instant;
import java.util.Objects;

/**
 * A device of the registry (msdyn_iotdevice). asset is the customer asset it is connected to, or null. The
 * connection state and last activity come from the hub; a store that does not know them keeps UNKNOWN and null.
 */
public record RegisteredDevice(String id, String name, String deviceType, String asset,
        RegistrationStatus registration, String registrationMessage, ConnectionState connection,
        Instant lastActivity) {

    public RegisteredDevice {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name.strip();
        deviceType = deviceType == null ? "" : deviceType.strip();
        asset = asset == null || asset.isBlank() ? null : asset.strip();
        registration = registration == null ? RegistrationStatus.UNKNOWN : registration;
        registrationMessage = registrationMessage == null ? "" : registrationMessage;
        connection = connection == null ? ConnectionState.UNKNOWN : connection;
    }

    public static RegisteredDevice of(String id, String name, String deviceType, String asset,
            RegistrationStatus registration) {
        return new RegisteredDevice(id, name, deviceType, asset, registration, "", null, null);
    }

    public boolean hasAsset() {
        return asset != null;
    }

    public RegisteredDevice withAsset(String newAsset) {
        return new RegisteredDevice(id, name, deviceType, newAsset, registration, registrationMessage, connection,
                lastActivity);
    }

    public RegisteredDevice withDetails(String newName, String newDeviceType, String newAsset) {
        return new RegisteredDevice(id, newName, newDeviceType, newAsset, registration, registrationMessage,
                connection, lastActivity);
    }

    public RegisteredDevice withRegistration(RegistrationStatus status, String message) {
        return new RegisteredDevice(id, name, deviceType, asset, status, message, connection, lastActivity);
    }

    public RegisteredDevice withConnection(ConnectionState state, Instant activity) {
        return new RegisteredDevice(id, name, deviceType, asset, registration, registrationMessage, state, activity);
    }
}
