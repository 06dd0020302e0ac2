package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;

import com.microsoft.azure.sdk.iot.service.exceptions.IotHubBadFormatException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubNotFoundException;
import com.microsoft.azure.sdk.iot.service.exceptions.IotHubPreconditionFailedException;
import com.microsoft.azure.sdk.iot.service.twin.Twin;

/**
 * Twins through TwinClient. A change is a PATCH with If-Match on the etag it was made against, so a change made
 * meanwhile is never overwritten: the hub answers 412 and the twin as it is now comes back as a conflict.
 */
final class HubTwins {

    private final HubClients clients;
    private final HubProblems problems;
    private final String hub;

    HubTwins(HubClients clients, HubProblems problems, String hub) {
        this.clients = clients;
        this.problems = problems;
        this.hub = hub;
    }

    /**
     * Empty when the hub has no such device.
     *
     * @throws IllegalStateException saying why the hub could not be read and what to do
     */
    Optional<DeviceTwin> twin(String deviceId) {
        try {
            return Optional.of(TwinMapping.toConsole(clients.twins().get(deviceId)));
        } catch (IotHubNotFoundException e) {
            return Optional.empty();
        } catch (IotHubException | IOException | RuntimeException e) {
            throw new IllegalStateException(problems.describe(e, "read the twin of " + deviceId), e);
        }
    }

    TwinUpdate update(String deviceId, TwinPatch patch) {
        Twin change = new Twin(deviceId);
        try {
            if (patch.tags() != null) {
                change.getTags().putAll(TwinMapping.values("tags", patch.tags()));
            }
            if (patch.desired() != null) {
                change.getDesiredProperties().putAll(TwinMapping.values("desired", patch.desired()));
            }
        } catch (IllegalArgumentException e) {
            return new TwinUpdate.Refused("IoT Hub " + hub + " cannot take this change: " + e.getMessage());
        }
        if (change.getTags().isEmpty() && change.getDesiredProperties().isEmpty()) {
            return new TwinUpdate.Refused("nothing to send: the change has no tags or desired properties");
        }
        try {
            Twin after = clients.twins().patch(change, TwinMapping.ifMatch(patch.ifMatch()));
            return new TwinUpdate.Applied(TwinMapping.toConsole(after));
        } catch (IotHubPreconditionFailedException e) {
            return conflict(deviceId);
        } catch (IotHubNotFoundException e) {
            return new TwinUpdate.Refused("no device '" + deviceId + "' in IoT Hub " + hub + "'s registry; register"
                    + " it in the Devices view first");
        } catch (IotHubBadFormatException e) {
            return new TwinUpdate.Refused("IoT Hub " + hub + " did not accept the change: "
                    + HubProblems.hubMessage(e));
        } catch (IotHubException | IOException | RuntimeException e) {
            return new TwinUpdate.Refused(problems.describe(e, "change the twin of " + deviceId));
        }
    }

    private TwinUpdate conflict(String deviceId) {
        String message = "the twin of " + deviceId + " was changed in IoT Hub " + hub + " since it was read";
        try {
            return twin(deviceId).<TwinUpdate>map(now -> new TwinUpdate.Conflict(now, List.of(), message))
                    .orElseGet(() -> new TwinUpdate.Refused(message + ", and the device is gone from the registry"));
        } catch (IllegalStateException e) {
            return new TwinUpdate.Refused(message + "; reading it again failed: " + e.getMessage());
        }
    }
}
