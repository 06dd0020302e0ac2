package org.connectedservice.core.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Replays a recording: a JSON Lines file (*.jsonl, *.ndjson, *.json) in the replay format, or a CSV file with the
 * header time,deviceId,deviceType,measurement... The gaps between recorded times are kept, divided by the speed.
 */
public interface TelemetryReplay {

    /**
     * Returns when every line was handed on, or throws InterruptedException when the calling thread is interrupted.
     *
     * @throws SimulationFileException naming line and column when a CSV file is wrong; nothing was handed on then
     */
    ReplayResult replay(Path file, ReplaySpeed speed, Consumer<ReplayedLine> sink)
            throws IOException, InterruptedException;
}
