package org.connectedservice.devices.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.devices.BulkPolicy;

/** Splits the devices of a send into waves: all at once up to the policy's limit, else a canary, then waves. */
final class WavePlan {

    private WavePlan() {
    }

    static List<List<String>> waves(List<String> deviceIds, BulkPolicy policy) {
        if (deviceIds.size() <= policy.bulkAbove()) {
            return List.of(deviceIds);
        }
        List<List<String>> waves = new ArrayList<>();
        waves.add(deviceIds.subList(0, Math.min(policy.canarySize(), deviceIds.size())));
        for (int from = policy.canarySize(); from < deviceIds.size(); from += policy.waveSize()) {
            waves.add(deviceIds.subList(from, Math.min(from + policy.waveSize(), deviceIds.size())));
        }
        return waves;
    }
}
