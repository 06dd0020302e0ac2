package org.connectedservice.core.connect;

import java.util.Optional;

/**
 * Which stages leave the workbench: each part that is null runs embedded. A profile with no parts is the default,
 * so the console works with no account and no network.
 */
public record ConnectionProfile(String name, IotHubSettings iotHub, DynamicsSettings dynamics, SqlSettings sql) {

    public static ConnectionProfile embedded() {
        return new ConnectionProfile("Embedded", null, null, null);
    }

    public Optional<IotHubSettings> hub() {
        return Optional.ofNullable(iotHub);
    }

    public Optional<DynamicsSettings> dataverse() {
        return Optional.ofNullable(dynamics);
    }

    public Optional<SqlSettings> azureSql() {
        return Optional.ofNullable(sql);
    }

    public boolean isEmbedded() {
        return iotHub == null && dynamics == null && sql == null;
    }
}
