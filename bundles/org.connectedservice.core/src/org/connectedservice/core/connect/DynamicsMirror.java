package org.connectedservice.core.connect;

import java.util.function.Consumer;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.model.IotAlert;

/**
 * Copies device registrations (msdyn_iotdevice), commands (msdyn_iotdevicecommand) and IoT alerts (msdyn_iotalert) to
 * Dataverse when the active profile has a Dynamics part. Calls return at once: a change is first kept in the workspace, then sent, and
 * retried later when Dataverse cannot take it, so the local registry and history never depend on Dynamics.
 */
public interface DynamicsMirror {

    /** Mirrors the device as it is now; a no-op without a Dynamics profile. */
    void registration(RegisteredDevice device);

    /** Mirrors the command record as it is now (called again as its status changes). */
    void command(CommandRecord record);

    /**
     * Mirrors the IoT alert as it is now (called again when it clears), keyed by its fault token, so consoles that
     * raise the same fault meet on one row, as the alert token does in Dynamics.
     */
    void alert(IotAlert alert);

    MirrorStatus status();

    /** Sends the pending changes now instead of at the next scheduled attempt. */
    void retryNow();

    /** Hears every change of the status, on the mirroring thread. */
    AutoCloseable subscribe(Consumer<MirrorStatus> listener);
}
