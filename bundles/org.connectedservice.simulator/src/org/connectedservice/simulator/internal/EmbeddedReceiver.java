package org.connectedservice.simulator.internal;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.QuarantineStore;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.fleet.MessageReadings;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;

/**
 * Hands the fleet's output to the in-process engine: readings as they are, messages decoded into readings, and
 * unreadable payloads to the quarantine (when there is one), so a malformed-payload fault is visible where bad
 * input from real devices would be.
 */
final class EmbeddedReceiver implements TelemetrySink {

    static final String SOURCE = "simulator";

    private final Consumer<Reading> ingestion;
    private final Supplier<QuarantineStore> quarantine;
    private final Clock clock;

    EmbeddedReceiver(Consumer<Reading> ingestion, Supplier<QuarantineStore> quarantine, Clock clock) {
        this.ingestion = ingestion;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    @Override
    public void reading(Reading reading) {
        ingestion.accept(reading);
    }

    @Override
    public void message(SimulatedMessage message) {
        MessageReadings.Decoded decoded = MessageReadings.decode(message);
        if (decoded.reading() != null) {
            ingestion.accept(decoded.reading());
        } else if (decoded.refusal() != null) {
            QuarantineStore store = quarantine.get();
            if (store != null) {
                store.add(new QuarantinedMessage(0, clock.instant(), SOURCE, decoded.refusal(), message.toJsonLine()));
            }
        }
    }
}
