package org.connectedservice.store.internal.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.connectedservice.core.devices.CommandHistory;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.store.internal.WorkspaceDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The embedded registry and command history, in the workspace database. */
@Component(service = { RegistryStore.class, CommandHistory.class })
public class EmbeddedDeviceRegistry implements RegistryStore, CommandHistory {

    private final SqlRegistryStore registry;
    private final SqlCommandHistory history;

    @Activate
    public EmbeddedDeviceRegistry(@Reference WorkspaceDatabase workspaceDatabase) {
        RegistrySchema.create(workspaceDatabase.database());
        this.registry = new SqlRegistryStore(workspaceDatabase.database());
        this.history = new SqlCommandHistory(workspaceDatabase.database());
    }

    @Override
    public List<RegisteredDevice> devices() {
        return registry.devices();
    }

    @Override
    public Optional<RegisteredDevice> device(String deviceId) {
        return registry.device(deviceId);
    }

    @Override
    public List<RegisteredDevice> devicesOfAsset(String asset) {
        return registry.devicesOfAsset(asset);
    }

    @Override
    public List<CustomerAsset> assets() {
        return registry.assets();
    }

    @Override
    public void save(List<RegisteredDevice> devices) {
        registry.save(devices);
    }

    @Override
    public void saveAsset(CustomerAsset asset) {
        registry.saveAsset(asset);
    }

    @Override
    public void assign(Collection<String> deviceIds, String asset) {
        registry.assign(deviceIds, asset);
    }

    @Override
    public CommandRecord add(CommandRecord record) {
        return history.add(record);
    }

    @Override
    public void update(CommandRecord record) {
        history.update(record);
    }

    @Override
    public List<CommandRecord> newest(int limit) {
        return history.newest(limit);
    }

    @Override
    public List<CommandRecord> ofDevice(String deviceId, int limit) {
        return history.ofDevice(deviceId, limit);
    }

    @Override
    public List<CommandRecord> ofAsset(String asset, int limit) {
        return history.ofAsset(asset, limit);
    }

    @Override
    public int settleUnfinished(Instant now, String reason) {
        return history.settleUnfinished(now, reason);
    }
}
