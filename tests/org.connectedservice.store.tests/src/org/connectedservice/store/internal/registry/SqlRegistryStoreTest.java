package org.connectedservice.store.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.store.internal.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRegistryStoreTest {

    @TempDir
    Path workspace;

    private Database database;
    private SqlRegistryStore registry;

    @BeforeEach
    void open() {
        database = Database.open(workspace.resolve("db"));
        RegistrySchema.create(database);
        registry = new SqlRegistryStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void reopen() {
        database.close();
        open();
    }

    @Test
    void savedDevicesComeBackSortedByIdAfterARestartWithTheAssetsTheyName() {
        RegisteredDevice pump = RegisteredDevice.of("pump-02", "Pump 02", "Pump", "Plant North",
                RegistrationStatus.REGISTERED);
        RegisteredDevice failed = RegisteredDevice.of("chiller-1", "", "Chiller", null, RegistrationStatus.ERROR)
                .withRegistration(RegistrationStatus.ERROR, "the hub refused the id");
        registry.save(List.of(pump, failed));
        reopen();

        assertEquals(List.of(failed, pump), registry.devices());
        assertEquals("chiller-1", registry.device("chiller-1").orElseThrow().name(), "a blank name shows the id");
        assertEquals(List.of(new CustomerAsset("Plant North", "")), registry.assets());
        assertEquals(List.of(pump), registry.devicesOfAsset("Plant North"));
    }

    @Test
    void savingAgainReplacesTheDeviceButKeepsTheAssetsCustomer() {
        registry.saveAsset(new CustomerAsset("Plant North", "Contoso"));
        registry.save(List.of(RegisteredDevice.of("pump-02", "Pump 02", "Pump", "Plant North",
                RegistrationStatus.UNREGISTERED)));
        registry.save(List.of(RegisteredDevice.of("pump-02", "Feed pump", "Pump", "Plant North",
                RegistrationStatus.REGISTERED)));

        RegisteredDevice stored = registry.device("pump-02").orElseThrow();
        assertEquals("Feed pump", stored.name());
        assertEquals(RegistrationStatus.REGISTERED, stored.registration());
        assertEquals(List.of(new CustomerAsset("Plant North", "Contoso")), registry.assets());
    }

    @Test
    void devicesConnectToAnAssetAndDisconnectAgain() {
        registry.save(List.of(RegisteredDevice.of("a", "", "Pump", null, RegistrationStatus.REGISTERED),
                RegisteredDevice.of("b", "", "Pump", null, RegistrationStatus.REGISTERED),
                RegisteredDevice.of("c", "", "Pump", null, RegistrationStatus.REGISTERED)));

        registry.assign(List.of("a", "b"), "Boiler room");
        assertEquals(List.of("a", "b"), registry.devicesOfAsset("Boiler room").stream().map(RegisteredDevice::id)
                .toList());
        assertEquals(List.of(new CustomerAsset("Boiler room", "")), registry.assets(), "the asset was created");

        registry.assign(List.of("a"), null);
        assertEquals(List.of("b"), registry.devicesOfAsset("Boiler room").stream().map(RegisteredDevice::id)
                .toList());
        assertTrue(registry.device("a").orElseThrow().asset() == null);
    }

    @Test
    void connectingAnUnknownDeviceChangesNothingAndSaysWhich() {
        registry.save(List.of(RegisteredDevice.of("a", "", "Pump", null, RegistrationStatus.REGISTERED)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.assign(List.of("a", "ghost"), "Boiler room"));
        assertEquals("no registered device 'ghost'; import or register it before connecting it to an asset",
                e.getMessage());
        assertTrue(registry.device("a").orElseThrow().asset() == null, "the whole change was rolled back");
        assertEquals(List.of(), registry.assets());
    }
}
