package org.connectedservice.engine.internal.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;

/**
 * The registry's devices by id, as they were when the lookup was made: DeviceRegistry only lists devices, and
 * listing them per message would cost more than decoding it.
 */
final class RegistryLookup {

    private RegistryLookup() {
    }

    static Function<String, Optional<Device>> snapshot(DeviceRegistry registry) {
        if (registry == null) {
            return id -> Optional.empty();
        }
        Map<String, Device> byId = new HashMap<>();
        for (Device device : registry.devices()) {
            byId.putIfAbsent(device.id(), device);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }
}
