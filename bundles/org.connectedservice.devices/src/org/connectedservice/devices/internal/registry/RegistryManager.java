package org.connectedservice.devices.internal.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceManagement;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.ImportPreview;
import org.connectedservice.core.devices.ImportPreview.Action;
import org.connectedservice.core.devices.ImportPreview.Line;
import org.connectedservice.core.devices.ImportResult;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.devices.RegistryStore;
import org.connectedservice.core.devices.TwinCheck;
import org.connectedservice.core.devices.TwinChange;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The registry as the Devices view uses it: the store's devices with the gateway's live state, imports, twins.
 * Every device a registration or an import saves is also told to saved (the Dynamics mirror), after it is stored.
 */
public final class RegistryManager implements DeviceManagement {

    private final RegistryStore store;
    private final DeviceGateway gateway;
    private final Consumer<RegisteredDevice> saved;

    public RegistryManager(RegistryStore store, DeviceGateway gateway, Consumer<RegisteredDevice> saved) {
        this.store = store;
        this.gateway = gateway;
        this.saved = saved;
    }

    /** A first start lists the hub's devices, registered, so the console is not empty. */
    public void importHubIfEmpty() {
        if (store.devices().isEmpty()) {
            applyImport(previewHubImport());
        }
    }

    @Override
    public List<RegisteredDevice> devices() {
        Map<String, DeviceConnection> connections = gateway.connections();
        return store.devices().stream().map(d -> {
            DeviceConnection c = connections.get(d.id());
            return c == null ? d.withConnection(ConnectionState.UNKNOWN, null) : d.withConnection(c.state(),
                    c.lastActivity());
        }).toList();
    }

    @Override
    public List<CustomerAsset> assets() {
        return store.assets();
    }

    @Override
    public void connect(Collection<String> deviceIds, String asset) {
        String name = new CustomerAsset(asset, "").name();
        String existing = store.assets().stream().map(CustomerAsset::name).filter(n -> n.equalsIgnoreCase(name))
                .findFirst().orElse(name);
        store.assign(deviceIds, existing);
    }

    @Override
    public void disconnect(Collection<String> deviceIds) {
        store.assign(deviceIds, null);
    }

    @Override
    public List<RegisteredDevice> register(Collection<String> deviceIds) {
        List<RegisteredDevice> results = new ArrayList<>();
        for (String id : deviceIds) {
            RegisteredDevice device = store.device(id).orElseThrow(() -> new IllegalArgumentException(
                    "no device '" + id + "' in the registry; import it before registering it"));
            store.save(List.of(device.withRegistration(RegistrationStatus.IN_PROGRESS, "")));
            Optional<String> problem;
            try {
                problem = gateway.register(device);
            } catch (RuntimeException e) {
                problem = Optional.of(gateway.name() + " failed: " + e.getMessage());
            }
            RegisteredDevice done = problem.map(p -> device.withRegistration(RegistrationStatus.ERROR, p))
                    .orElseGet(() -> device.withRegistration(RegistrationStatus.REGISTERED, ""));
            store.save(List.of(done));
            saved.accept(done);
            results.add(done);
        }
        return results;
    }

    @Override
    public ImportPreview previewImport(Path csvFile) throws IOException {
        String text = Files.readString(csvFile, StandardCharsets.UTF_8);
        return ImportPlanner.fromCsv(csvFile.getFileName().toString(), text, store.devices(), store.assets());
    }

    @Override
    public ImportPreview previewHubImport() {
        return ImportPlanner.fromHub(gateway.name(), gateway.devices(), store.devices(), store.assets());
    }

    /**
     * Writes the ADD and CHANGE lines onto the registry as it is now, so a status changed since the preview (say a
     * registration) is kept; only the imported fields are taken from the file.
     */
    @Override
    public ImportResult applyImport(ImportPreview preview) {
        List<String> assetsBefore = store.assets().stream().map(CustomerAsset::name).toList();
        List<RegisteredDevice> toSave = new ArrayList<>();
        for (Line line : preview.lines()) {
            if (line.action() != Action.ADD && line.action() != Action.CHANGE) {
                continue;
            }
            RegisteredDevice proposed = line.proposed();
            RegisteredDevice merged = store.device(proposed.id())
                    .map(now -> now.withDetails(proposed.name(), proposed.deviceType(), proposed.asset()))
                    .map(now -> preview.fromHub() ? now.withRegistration(RegistrationStatus.REGISTERED, "") : now)
                    .orElse(proposed);
            toSave.add(merged);
        }
        store.save(toSave);
        toSave.forEach(saved);
        List<String> created = preview.newAssets().stream().filter(a -> !assetsBefore.contains(a)).toList();
        return new ImportResult((int) preview.count(Action.ADD), (int) preview.count(Action.CHANGE),
                (int) preview.count(Action.UNCHANGED), (int) preview.count(Action.ERROR), created);
    }

    @Override
    public int exportCsv(Path csvFile) throws IOException {
        List<RegisteredDevice> devices = devices();
        Files.writeString(csvFile, DeviceCsv.export(devices), StandardCharsets.UTF_8);
        return devices.size();
    }

    @Override
    public DeviceTwin twin(String deviceId) {
        return gateway.twin(deviceId).orElseThrow(() -> new IllegalArgumentException("no twin of '" + deviceId
                + "' in " + gateway.name() + "; register the device with the hub first"));
    }

    @Override
    public TwinCheck checkTwinEdit(DeviceTwin base, String tagsJson, String desiredJson) {
        List<String> problems = new ArrayList<>();
        ObjectNode tags = TwinJson.parse("tags", tagsJson, problems);
        ObjectNode desired = TwinJson.parse("desired", desiredJson, problems);
        if (!problems.isEmpty()) {
            return new TwinCheck(problems, List.of());
        }
        List<TwinChange> changes = new ArrayList<>(TwinJson.diff("tags", TwinJson.stored(base.tags().json()), tags));
        changes.addAll(TwinJson.diff("desired", TwinJson.stored(base.desired().json()), desired));
        return new TwinCheck(List.of(), changes);
    }

    @Override
    public TwinUpdate updateTwin(DeviceTwin base, String tagsJson, String desiredJson) {
        TwinCheck check = checkTwinEdit(base, tagsJson, desiredJson);
        if (!check.problems().isEmpty()) {
            return new TwinUpdate.Refused(String.join("; ", check.problems()));
        }
        if (check.changes().isEmpty()) {
            return new TwinUpdate.Refused("nothing to send: the tags and desired properties are as the twin has them");
        }
        List<String> ignored = new ArrayList<>();
        ObjectNode tagsPatch = TwinJson.patch(TwinJson.stored(base.tags().json()),
                TwinJson.parse("tags", tagsJson, ignored));
        ObjectNode desiredPatch = TwinJson.patch(TwinJson.stored(base.desired().json()),
                TwinJson.parse("desired", desiredJson, ignored));
        TwinUpdate update = gateway.updateTwin(base.deviceId(), new TwinPatch(
                tagsPatch.isEmpty() ? null : tagsPatch.toString(),
                desiredPatch.isEmpty() ? null : desiredPatch.toString(), base.etag()));
        if (update instanceof TwinUpdate.Conflict conflict) {
            return new TwinUpdate.Conflict(conflict.current(), otherChanges(base, conflict.current()),
                    conflict.message() + "; nothing was written. Your edit is kept: reload to see the other change,"
                            + " then apply yours again");
        }
        return update;
    }

    private static List<TwinChange> otherChanges(DeviceTwin base, DeviceTwin current) {
        List<TwinChange> changes = new ArrayList<>(TwinJson.diff("tags", TwinJson.stored(base.tags().json()),
                TwinJson.stored(current.tags().json())));
        changes.addAll(TwinJson.diff("desired", TwinJson.stored(base.desired().json()),
                TwinJson.stored(current.desired().json())));
        return changes;
    }
}
