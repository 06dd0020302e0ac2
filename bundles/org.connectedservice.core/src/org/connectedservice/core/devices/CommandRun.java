package org.connectedservice.core.devices;

import java.util.concurrent.CompletionStage;

/** A send under way. */
public interface CommandRun {

    String id();

    RunProgress progress();

    /** Sends to no further device; commands already sent finish and are recorded. */
    void cancel();

    /** Completes with the last progress when the run is over (completed, stopped or cancelled). */
    CompletionStage<RunProgress> finished();
}
