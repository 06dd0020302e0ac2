package org.connectedservice.devices.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.ImportPreview;
import org.connectedservice.core.devices.ImportPreview.Action;
import org.connectedservice.core.devices.ImportPreview.Line;
import org.connectedservice.core.devices.ImportResult;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.devices.internal.commands.FakeHub;
import org.connectedservice.devices.internal.commands.MemoryRegistry;
import org.connectedservice.devices.internal.commands.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {

    @TempDir
    Path dir;

    private final MemoryRegistry store = new MemoryRegistry();
    private final FakeHub hub = new FakeHub(new TestClock(Instant.parse("2025-03-01T09:00:00Z")));
    private final List<RegisteredDevice> mirrored = new ArrayList<>();
    private final RegistryManager registry = new RegistryManager(store, hub, mirrored::add);

    @BeforeEach
    void twoRegisteredPumps() {
        store.saveAsset(new CustomerAsset("Plant North", "Contoso"));
        store.save(List.of(RegisteredDevice.of("pump-01", "Pump 01", "Pump", "Plant North",
                RegistrationStatus.REGISTERED), RegisteredDevice.of("pump-02", "Pump 02", "Pump", null,
                        RegistrationStatus.REGISTERED)));
    }

    private ImportPreview preview(String csv) throws IOException {
        Path file = dir.resolve("devices.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return registry.previewImport(file);
    }

    private static String summary(Line line) {
        return line.lineNumber() + " " + line.action() + " " + line.deviceId() + " " + line.changes()
                + (line.problem().isEmpty() ? "" : " " + line.problem());
    }

    @Test
    void aDryRunSaysPerLineWhatWouldBeAddedChangedLeftAloneOrIsWrongAndChangesNothing() throws IOException {
        List<RegisteredDevice> before = store.devices();

        ImportPreview preview = preview("""
                deviceId,name,deviceType,asset
                pump-01,Pump 01,Pump,plant north
                pump-02,Feed pump,Pump,Plant South
                chiller-1,,Chiller,
                ,Nameless,Pump,
                bad id,x,Pump,
                pump-03,"Pump, spare",Pump,Plant North,extra
                chiller-1,again,Chiller,
                """);

        assertEquals(List.of(
                "2 UNCHANGED pump-01 []",
                "3 CHANGE pump-02 [name: 'Pump 02' -> 'Feed pump', asset: (none) -> 'Plant South']",
                "4 ADD chiller-1 []",
                "5 ERROR null [] line 5: deviceId is empty",
                "6 ERROR bad id [] line 6: deviceId 'bad id' may hold only letters, digits and - . % _ * ? ! ( ) , : ="
                        + " @ $ '",
                "7 ERROR null [] line 7: has 5 fields but the header has 4; quote fields that hold a comma",
                "8 ERROR chiller-1 [] line 8: deviceId 'chiller-1' is also on line 4; list each device once"),
                preview.lines().stream().map(ImportTest::summary).toList());
        assertEquals(List.of("Plant South"), preview.newAssets(), "'plant north' is the existing Plant North");
        assertEquals(RegisteredDevice.of("chiller-1", "chiller-1", "Chiller", null, RegistrationStatus.UNREGISTERED),
                preview.lines().get(2).proposed());
        assertEquals(before, store.devices(), "a dry run changes nothing");
    }

    @Test
    void applyingWritesTheAddsAndChangesSkipsTheErrorsAndKeepsWhatChangedSince() throws IOException {
        ImportPreview preview = preview("deviceId,asset\npump-02,Plant South\nchiller-1,Plant North\n,\n");
        store.save(List.of(store.device("pump-02").orElseThrow().withRegistration(RegistrationStatus.ERROR,
                "hub down")));

        ImportResult result = registry.applyImport(preview);

        assertEquals(new ImportResult(1, 1, 0, 1, List.of("Plant South")), result);
        RegisteredDevice pump = store.device("pump-02").orElseThrow();
        assertEquals("Plant South", pump.asset());
        assertEquals("Pump 02", pump.name(), "a column the file lacks keeps its value");
        assertEquals(RegistrationStatus.ERROR, pump.registration(), "the status set after the dry run is kept");
        assertEquals(RegistrationStatus.UNREGISTERED, store.device("chiller-1").orElseThrow().registration());
        assertEquals(List.of(pump, store.device("chiller-1").orElseThrow()), mirrored,
                "the devices written, and only those, go to Dynamics");
        assertEquals(List.of("chiller-1", "pump-01"), store.devicesOfAsset("Plant North").stream()
                .map(RegisteredDevice::id).toList());
    }

    @Test
    void anExportImportsAgainWithoutAChange() throws IOException {
        store.save(List.of(RegisteredDevice.of("odd,id", "Name with \"quotes\", commas", "Pump", "Plant North",
                RegistrationStatus.ERROR)));
        hub.add("pump-01", "Plant North");
        Path file = dir.resolve("export.csv");

        assertEquals(3, registry.exportCsv(file));
        String text = Files.readString(file);
        assertTrue(text.startsWith("deviceId,name,deviceType,asset,registrationStatus,connectionState,lastActivity\r\n"
                + "\"odd,id\",\"Name with \"\"quotes\"\", commas\",Pump,Plant North,Error,,\r\n"
                + "pump-01,Pump 01,Pump,Plant North,Registered,Connected,2025-03-01T09:00:00Z\r\n"), text);

        ImportPreview again = registry.previewImport(file);
        assertEquals(3, again.count(Action.UNCHANGED), again.lines().toString());
        assertFalse(again.hasChanges());
    }

    @Test
    void aWrongHeaderIsOneErrorThatSaysWhatTheColumnsAre() throws IOException {
        assertEquals(List.of("1 ERROR null [] line 1: unknown column 'colour'; the columns are deviceId, name,"
                + " deviceType, asset (registrationStatus, connectionState, lastActivity are read-only and ignored)"),
                preview("deviceId,colour\npump-01,red\n").lines().stream().map(ImportTest::summary).toList());
        assertEquals(List.of("1 ERROR null [] line 1: the header has no deviceId column; the first line must name the"
                + " columns, e.g. deviceId,name,deviceType,asset"),
                preview("name,asset\nx,y\n").lines().stream().map(ImportTest::summary).toList());
        assertEquals(List.of("3 ERROR null [] line 3: a quoted field is not closed; close it with \" (a \" inside a"
                + " quoted field is written \"\")"),
                preview("deviceId,name\npump-01,ok\npump-02,\"open\n").lines().stream().map(ImportTest::summary)
                        .toList());
    }

    @Test
    void theHubsRegistryImportsAsRegisteredDevices() {
        hub.add("pump-02", "Plant North");
        hub.add("pump-07", null);

        ImportPreview preview = registry.previewHubImport();
        assertEquals(List.of("1 CHANGE pump-02 [name: 'Pump 02' -> 'PUMP-02', asset: (none) -> 'Plant North']",
                "2 ADD pump-07 []"), preview.lines().stream().map(ImportTest::summary).toList());
        registry.applyImport(preview);

        assertEquals(RegistrationStatus.REGISTERED, store.device("pump-07").orElseThrow().registration());
        RegisteredDevice listed = registry.devices().stream().filter(d -> d.id().equals("pump-07")).findFirst()
                .orElseThrow();
        assertEquals(ConnectionState.CONNECTED, listed.connection(), "the view shows the hub's live state");
        assertEquals(ConnectionState.UNKNOWN, registry.devices().get(0).connection(), "pump-01 is not in the hub");
    }

    @Test
    void registeringAsksTheHubAndRecordsWhyItFailed() {
        hub.add("pump-02", null);

        List<RegisteredDevice> results = registry.register(List.of("pump-01", "pump-02"));

        assertEquals(RegistrationStatus.ERROR, results.get(0).registration());
        assertEquals("the fake hub has no pump-01", store.device("pump-01").orElseThrow().registrationMessage());
        assertEquals(RegistrationStatus.REGISTERED, store.device("pump-02").orElseThrow().registration());
        assertEquals(List.of(store.device("pump-01").orElseThrow(), store.device("pump-02").orElseThrow()),
                mirrored, "each outcome goes to Dynamics as stored");
    }

    @Test
    void devicesConnectToAnAssetByItsNameIgnoringCaseAndDisconnect() {
        registry.connect(List.of("pump-02"), "PLANT NORTH");
        assertEquals(List.of("pump-01", "pump-02"), store.devicesOfAsset("Plant North").stream()
                .map(RegisteredDevice::id).toList());
        registry.disconnect(List.of("pump-01"));
        assertEquals(null, store.device("pump-01").orElseThrow().asset());
        assertEquals(1, registry.assets().size());
    }
}
