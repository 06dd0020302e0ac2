package org.connectedservice.engine.internal.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Every device seen so far, by id and by dense index; a device keeps its index for the evaluator's lifetime. */
final class DeviceTable {

    private final Map<String, DeviceSlot> byId = new HashMap<>();
    private DeviceSlot[] byIndex = new DeviceSlot[64];
    private int size;

    DeviceSlot slot(String deviceId) {
        DeviceSlot slot = byId.get(deviceId);
        if (slot == null) {
            if (size == byIndex.length) {
                byIndex = Arrays.copyOf(byIndex, size * 2);
            }
            slot = new DeviceSlot(deviceId, size);
            byIndex[size++] = slot;
            byId.put(deviceId, slot);
        }
        return slot;
    }

    DeviceSlot at(int index) {
        return byIndex[index];
    }

    /** How many devices the table has room for now: rules size their state arrays to it to grow as rarely. */
    int capacity() {
        return byIndex.length;
    }

    int size() {
        return size;
    }

    long stateBytes() {
        return 16L * byIndex.length + 96L * size;
    }
}
