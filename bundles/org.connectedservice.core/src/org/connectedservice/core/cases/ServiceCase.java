package org.connectedservice.core.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer service case opened from an IoT alert (Dynamics' incident with msdyn_iotalert as its source). asset is
 * the customer asset the device was connected to when the case was made, or "". resolved and resolution are null
 * and "" while the case is active.
 */
public record ServiceCase(String id, String title, long alertId, String faultToken, String deviceId, String asset,
        CasePriority priority, CaseStatus status, Instant created, String createdBy, Instant resolved,
        String resolution) implements ServiceRecord {

    public ServiceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(created, "created");
        title = title == null ? "" : title.strip();
        faultToken = faultToken == null ? "" : faultToken;
        asset = asset == null ? "" : asset;
        priority = priority == null ? CasePriority.NORMAL : priority;
        status = status == null ? CaseStatus.ACTIVE : status;
        createdBy = createdBy == null ? "" : createdBy;
        resolution = resolution == null ? "" : resolution;
    }

    public ServiceCase resolvedAt(Instant time, String text) {
        return new ServiceCase(id, title, alertId, faultToken, deviceId, asset, priority, CaseStatus.RESOLVED,
                created, createdBy, time, text);
    }
}
