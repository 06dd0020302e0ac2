package org.connectedservice.core.devices;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Who gets a command: the devices picked (deviceIds), or every device connected to an asset (asset). */
public record CommandTarget(List<String> deviceIds, String asset) {

    public CommandTarget {
        deviceIds = List.copyOf(new LinkedHashSet<>(deviceIds));
        if (asset != null && asset.isBlank()) {
            asset = null;
        }
        if (asset == null && deviceIds.isEmpty()) {
            throw new IllegalArgumentException("pick at least one device, or an asset, to send the command to");
        }
        if (asset != null && !deviceIds.isEmpty()) {
            throw new IllegalArgumentException("send to devices or to an asset, not both");
        }
    }

    public static CommandTarget devices(Collection<String> ids) {
        return new CommandTarget(List.copyOf(ids), null);
    }

    public static CommandTarget device(String id) {
        return new CommandTarget(List.of(id), null);
    }

    public static CommandTarget asset(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("pick an asset to send the command to its devices");
        }
        return new CommandTarget(List.of(), name);
    }

    public boolean isAsset() {
        return asset != null;
    }
}
