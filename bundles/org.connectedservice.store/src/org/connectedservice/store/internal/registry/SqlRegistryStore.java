package org.connectedservice.store.internal.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.store.internal.Database;
import org.connectedservice.store.internal.SqlDialect;

/** The device registry and the customer assets in the console database. */
public final class SqlRegistryStore implements RegistryStore {

    private static final String DEVICE_COLUMNS = "device_id, name, device_type, asset, registration,"
            + " registration_message";
    private static final String SELECT_DEVICES = "SELECT " + DEVICE_COLUMNS + " FROM registered_device";
    private static final String ASSET_EXISTS = "SELECT 1 FROM customer_asset WHERE name = ?";
    private static final String INSERT_ASSET = "INSERT INTO customer_asset (name, customer) VALUES (?, ?)";
    private static final String SET_ASSET = "UPDATE registered_device SET asset = ? WHERE device_id = ?";

    private final Database database;
    private final String upsertDevice;
    private final String upsertAsset;

    public SqlRegistryStore(Database database) {
        this.database = database;
        SqlDialect d = database.dialect();
        this.upsertDevice = d.upsert("registered_device", List.of("device_id"),
                List.of("name", "device_type", "asset", "registration", "registration_message"));
        this.upsertAsset = d.upsert("customer_asset", List.of("name"), List.of("customer"));
    }

    @Override
    public List<RegisteredDevice> devices() {
        return database.transaction("read the device registry",
                connection -> query(connection, SELECT_DEVICES + " ORDER BY device_id", null));
    }

    @Override
    public Optional<RegisteredDevice> device(String deviceId) {
        return database.transaction("read device " + deviceId, connection -> query(connection,
                SELECT_DEVICES + " WHERE device_id = ?", deviceId)).stream().findFirst();
    }

    @Override
    public List<RegisteredDevice> devicesOfAsset(String asset) {
        return database.transaction("read the devices of asset " + asset, connection -> query(connection,
                SELECT_DEVICES + " WHERE asset = ? ORDER BY device_id", asset));
    }

    private static List<RegisteredDevice> query(Connection connection, String sql, String parameter)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<RegisteredDevice> devices = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    devices.add(new RegisteredDevice(row.getString("device_id"), row.getString("name"),
                            row.getString("device_type"), row.getString("asset"),
                            RegistrationStatus.valueOf(row.getString("registration")),
                            row.getString("registration_message"), null, null));
                }
            }
            return devices;
        }
    }

    @Override
    public List<CustomerAsset> assets() {
        return database.transaction("read the customer assets", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, customer FROM customer_asset ORDER BY name");
                    ResultSet row = select.executeQuery()) {
                List<CustomerAsset> assets = new ArrayList<>();
                while (row.next()) {
                    assets.add(new CustomerAsset(row.getString("name"), row.getString("customer")));
                }
                return assets;
            }
        });
    }

    @Override
    public void save(List<RegisteredDevice> devices) {
        if (devices.isEmpty()) {
            return;
        }
        database.transaction("save " + devices.size() + " devices to the registry", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(upsertDevice)) {
                for (RegisteredDevice device : devices) {
                    if (device.hasAsset()) {
                        ensureAsset(connection, device.asset());
                    }
                    upsert.setString(1, device.id());
                    upsert.setString(2, device.name());
                    upsert.setString(3, device.deviceType());
                    upsert.setString(4, device.asset());
                    upsert.setString(5, device.registration().name());
                    upsert.setString(6, device.registrationMessage());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void saveAsset(CustomerAsset asset) {
        database.transaction("save customer asset " + asset.name(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(upsertAsset)) {
                upsert.setString(1, asset.name());
                upsert.setString(2, asset.customer());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void assign(Collection<String> deviceIds, String asset) {
        String what = asset == null ? "disconnect devices from their asset" : "connect devices to asset " + asset;
        database.transaction(what, connection -> {
            if (asset != null) {
                ensureAsset(connection, new CustomerAsset(asset, "").name());
            }
            try (PreparedStatement update = connection.prepareStatement(SET_ASSET)) {
                for (String id : deviceIds) {
                    update.setString(1, asset == null ? null : asset.strip());
                    update.setString(2, id);
                    if (update.executeUpdate() == 0) {
                        throw new IllegalArgumentException("no registered device '" + id
                                + "'; import or register it before connecting it to an asset");
                    }
                }
            }
            return null;
        });
    }

    private static void ensureAsset(Connection connection, String name) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(ASSET_EXISTS)) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ASSET)) {
            insert.setString(1, name);
            insert.setString(2, "");
            insert.executeUpdate();
        }
    }
}
