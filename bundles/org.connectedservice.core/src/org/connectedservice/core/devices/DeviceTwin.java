package org.connectedservice.core.devices;

import java.util.Objects;

/** A device twin as the hub holds it; etag changes with every change an editor could overwrite. */
public record DeviceTwin(String deviceId, String etag, long version, TwinSection tags, TwinSection desired,
        TwinSection reported) {

    public DeviceTwin {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(etag, "etag");
        tags = tags == null ? TwinSection.EMPTY : tags;
        desired = desired == null ? TwinSection.EMPTY : desired;
        reported = reported == null ? TwinSection.EMPTY : reported;
    }
}
