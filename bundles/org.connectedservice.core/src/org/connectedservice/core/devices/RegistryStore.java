package org.connectedservice.core.devices;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the registry lives: the local store embedded; with a hub, IoT Hub's registry (RegistryClient), mirrored to
 * Dataverse msdyn_iotdevice. Devices come back sorted by id.
 */
public interface RegistryStore {

    List<RegisteredDevice> devices();

    Optional<RegisteredDevice> device(String deviceId);

    List<RegisteredDevice> devicesOfAsset(String asset);

    /** Sorted by name. */
    List<CustomerAsset> assets();

    /**
     * Inserts or replaces these devices, and creates the assets they name that do not exist yet, all in one go:
     * either every device is saved or none is.
     */
    void save(List<RegisteredDevice> devices);

    /** Creates the asset or changes its customer. */
    void saveAsset(CustomerAsset asset);

    /**
     * Connects the devices to the asset, creating the asset when missing; a null asset disconnects them.
     *
     * @throws IllegalArgumentException naming the first device that is not registered; nothing changes then
     */
    void assign(Collection<String> deviceIds, String asset);
}
