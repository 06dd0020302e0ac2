package org.connectedservice.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** What the Devices view shows in its cells and how its columns sort. */
class DeviceColumnTest {

    @Test
    void aFailedRegistrationShowsItsReasonAndNoAssetShowsBlank() {
        RegisteredDevice failed = RegisteredDevice.of("pump-01", "Pump 01", "Pump", null, RegistrationStatus.UNKNOWN)
                .withRegistration(RegistrationStatus.ERROR, "the hub refused the device id");

        assertEquals("Error: the hub refused the device id", DeviceColumn.REGISTRATION.text(failed));
        assertEquals("", DeviceColumn.ASSET.text(failed));
        assertEquals("Registered", DeviceColumn.REGISTRATION.text(failed.withRegistration(
                RegistrationStatus.REGISTERED, "")));
    }

    @Test
    void devicesNeverSeenSortBeforeTheOnesWithActivity() {
        RegisteredDevice never = RegisteredDevice.of("a", null, "Pump", null, RegistrationStatus.REGISTERED);
        RegisteredDevice early = never.withConnection(ConnectionState.CONNECTED, Instant.parse("2026-11-26T08:00:00Z"));
        RegisteredDevice late = never.withConnection(ConnectionState.CONNECTED, Instant.parse("2026-11-26T09:00:00Z"));
        List<RegisteredDevice> rows = new ArrayList<>(List.of(late, never, early));

        rows.sort(DeviceColumn.LAST_ACTIVITY.comparator());

        assertEquals(List.of(never, early, late), rows);
        assertEquals("", DeviceColumn.LAST_ACTIVITY.text(never));
    }
}
