package org.connectedservice.core.devices;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The Devices view's service: the registry with live connection state, assets, CSV import and export, twins. */
public interface DeviceManagement {

    /** Registered devices sorted by id, with connection state and last activity from the gateway. */
    List<RegisteredDevice> devices();

    List<CustomerAsset> assets();

    /** Connects the devices to the asset, creating it when it is new. */
    void connect(Collection<String> deviceIds, String asset);

    void disconnect(Collection<String> deviceIds);

    /** Registers the devices with the hub; returns them with their new status (Registered, or Error and why). */
    List<RegisteredDevice> register(Collection<String> deviceIds);

    /**
     * Reads a CSV file with the header deviceId,name,deviceType,asset (only deviceId is required; the columns
     * export adds are read-only and ignored) and says what importing it would do, line by line.
     */
    ImportPreview previewImport(Path csvFile) throws IOException;

    /** What importing the hub's registry would do. */
    ImportPreview previewHubImport();

    ImportResult applyImport(ImportPreview preview);

    /** Writes every device with its status columns; returns how many. */
    int exportCsv(Path csvFile) throws IOException;

    /** @throws IllegalArgumentException when the hub has no such device */
    DeviceTwin twin(String deviceId);

    /** Checks edited tags and desired properties (full JSON objects) against the twin they were edited from. */
    TwinCheck checkTwinEdit(DeviceTwin base, String tagsJson, String desiredJson);

    /**
     * Sends the edit, if the twin still has base's etag; on a conflict nothing is written and the result shows what
     * the other change did.
     */
    TwinUpdate updateTwin(DeviceTwin base, String tagsJson, String desiredJson);
}
