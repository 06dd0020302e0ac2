package org.connectedservice.devices.internal.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistryStore;

/** The registry store kept in memory, as the embedded store keeps it in H2 (that one is tested in the store). */
public final class MemoryRegistry implements RegistryStore {

    private final TreeMap<String, RegisteredDevice> devices = new TreeMap<>();
    private final TreeMap<String, CustomerAsset> assets = new TreeMap<>();

    @Override
    public synchronized List<RegisteredDevice> devices() {
        return List.copyOf(devices.values());
    }

    @Override
    public synchronized Optional<RegisteredDevice> device(String deviceId) {
        return Optional.ofNullable(devices.get(deviceId));
    }

    @Override
    public synchronized List<RegisteredDevice> devicesOfAsset(String asset) {
        return devices.values().stream().filter(d -> Objects.equals(asset, d.asset())).toList();
    }

    @Override
    public synchronized List<CustomerAsset> assets() {
        return List.copyOf(assets.values());
    }

    @Override
    public synchronized void save(List<RegisteredDevice> saved) {
        for (RegisteredDevice device : saved) {
            if (device.hasAsset()) {
                assets.putIfAbsent(device.asset(), new CustomerAsset(device.asset(), ""));
            }
            devices.put(device.id(), device);
        }
    }

    @Override
    public synchronized void saveAsset(CustomerAsset asset) {
        assets.put(asset.name(), asset);
    }

    @Override
    public synchronized void assign(Collection<String> deviceIds, String asset) {
        for (String id : deviceIds) {
            if (!devices.containsKey(id)) {
                throw new IllegalArgumentException("no registered device '" + id + "'");
            }
        }
        if (asset != null) {
            assets.putIfAbsent(asset, new CustomerAsset(asset, ""));
        }
        deviceIds.forEach(id -> devices.put(id, devices.get(id).withAsset(asset)));
    }
}
