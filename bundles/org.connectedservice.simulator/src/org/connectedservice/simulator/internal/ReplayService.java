package org.connectedservice.simulator.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.connectedservice.core.simulation.ReplayResult;
import org.connectedservice.core.simulation.ReplaySpeed;
import org.connectedservice.core.simulation.ReplayedLine;
import org.connectedservice.core.simulation.TelemetryReplay;
import org.connectedservice.simulator.internal.replay.Pacer;
import org.connectedservice.simulator.internal.replay.Replayer;
import org.osgi.service.component.annotations.Component;

/** Replays recorded JSON Lines and CSV files on the wall clock. */
@Component(service = TelemetryReplay.class)
public class ReplayService implements TelemetryReplay {

    @Override
    public ReplayResult replay(Path file, ReplaySpeed speed, Consumer<ReplayedLine> sink)
            throws IOException, InterruptedException {
        return new Replayer(Pacer.SYSTEM).replay(file, speed, sink);
    }
}
