package org.connectedservice.core.devices;

import java.time.Instant;
import java.util.List;

/**
 * Commands sent, newest first: stored locally, and as msdyn_iotdevicecommand when Dynamics is connected. A record is
 * added when sending starts and updated as the outcome and the effect check come in.
 */
public interface CommandHistory {

    /** Stores a new record; returns it with its id. */
    CommandRecord add(CommandRecord record);

    /** Replaces the stored record of the same id. */
    void update(CommandRecord record);

    List<CommandRecord> newest(int limit);

    List<CommandRecord> ofDevice(String deviceId, int limit);

    List<CommandRecord> ofAsset(String asset, int limit);

    /**
     * Ends what a console that stopped mid-command left open: In Progress and Sent records become Failed and pending
     * effect checks fail, both saying reason; returns how many records changed.
     */
    int settleUnfinished(Instant now, String reason);
}
