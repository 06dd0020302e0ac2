package org.connectedservice.devices.internal.registry;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceManagement;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.ImportPreview;
import org.connectedservice.core.devices.ImportResult;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.core.devices.TwinCheck;
import org.connectedservice.core.devices.TwinUpdate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The Devices view's service over the registry store and the device gateway. Registrations and imported devices
 * are also handed to the Dynamics mirror when there is one.
 */
@Component(service = DeviceManagement.class)
public class DeviceManagementComponent implements DeviceManagement {

    private static final System.Logger LOG = System.getLogger(DeviceManagementComponent.class.getName());

    private final RegistryManager manager;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DynamicsMirror mirror;

    /* Greedy: the IoT Hub gateway, ranked above the simulated one, takes over even when it registers later. */
    @Activate
    public DeviceManagementComponent(@Reference RegistryStore store,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) DeviceGateway gateway) {
        manager = new RegistryManager(store, gateway, this::mirror);
        try {
            manager.importHubIfEmpty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not list the devices of " + gateway.name() + " in the empty registry;"
                    + " use Import from hub in the Devices view", e);
        }
    }

    private void mirror(RegisteredDevice device) {
        DynamicsMirror m = mirror;
        if (m != null) {
            try {
                m.registration(device);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "device " + device.id() + " could not be handed to the Dynamics mirror; it is"
                        + " saved locally", e);
            }
        }
    }

    @Override
    public List<RegisteredDevice> devices() {
        return manager.devices();
    }

    @Override
    public List<CustomerAsset> assets() {
        return manager.assets();
    }

    @Override
    public void connect(Collection<String> deviceIds, String asset) {
        manager.connect(deviceIds, asset);
    }

    @Override
    public void disconnect(Collection<String> deviceIds) {
        manager.disconnect(deviceIds);
    }

    @Override
    public List<RegisteredDevice> register(Collection<String> deviceIds) {
        return manager.register(deviceIds);
    }

    @Override
    public ImportPreview previewImport(Path csvFile) throws IOException {
        return manager.previewImport(csvFile);
    }

    @Override
    public ImportPreview previewHubImport() {
        return manager.previewHubImport();
    }

    @Override
    public ImportResult applyImport(ImportPreview preview) {
        return manager.applyImport(preview);
    }

    @Override
    public int exportCsv(Path csvFile) throws IOException {
        return manager.exportCsv(csvFile);
    }

    @Override
    public DeviceTwin twin(String deviceId) {
        return manager.twin(deviceId);
    }

    @Override
    public TwinCheck checkTwinEdit(DeviceTwin base, String tagsJson, String desiredJson) {
        return manager.checkTwinEdit(base, tagsJson, desiredJson);
    }

    @Override
    public TwinUpdate updateTwin(DeviceTwin base, String tagsJson, String desiredJson) {
        return manager.updateTwin(base, tagsJson, desiredJson);
    }
}
