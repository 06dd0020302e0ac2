package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.QuarantinedMessage;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.service.QuarantineStore;
import org.connectedservice.core.simulation.FleetEntry;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.core.simulation.SimulationFileException;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the simulator view does through SimulatorService: fleet sizes per model, counters, the quarantine. */
class FleetControlTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    /** A stand-in for the store's quarantine, which lives in another bundle. */
    private static final class ListQuarantine implements QuarantineStore {

        final List<QuarantinedMessage> messages = new ArrayList<>();

        @Override
        public QuarantinedMessage add(QuarantinedMessage message) {
            messages.add(message);
            return message;
        }

        @Override
        public List<QuarantinedMessage> newest(int limit) {
            return messages;
        }

        @Override
        public long count() {
            return messages.size();
        }
    }

    @TempDir
    Path workspace;

    private final MutableClock clock = new MutableClock(START);
    private final List<Reading> ingested = new ArrayList<>();
    private final ListQuarantine quarantine = new ListQuarantine();
    private FleetRunner runner;

    private FleetControl control(ModelLibrary library) {
        EmbeddedReceiver receiver = new EmbeddedReceiver(ingested::add, () -> quarantine, clock);
        runner = new FleetRunner(DemoFleet.create(42, START, Duration.ofSeconds(1)), receiver, clock,
                Duration.ofDays(1));
        return new FleetControl(runner, library, 42);
    }

    private void awaitFirstTick(long messages) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (runner.counter().delivered() < messages && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(messages, runner.counter().delivered(), "messages of the ticker's first tick");
    }

    @AfterEach
    void stop() {
        runner.stop();
    }

    @Test
    void theFleetCanBeResizedPerModelFromTheWorkspaceModels() {
        FleetControl control = control(ModelLibrary.inWorkspace(workspace));
        assertEquals(List.of("cold-storage-unit", "compressor", "pump", "thermostat"), control.models());
        assertEquals(List.of(new FleetEntry("thermostat", 20), new FleetEntry("pump", 5)), runner.fleet().entries());

        control.setFleet(List.of(new FleetEntry("compressor", 3), new FleetEntry("cold-storage-unit", 2)));

        assertEquals(List.of("compressor-01", "compressor-02", "compressor-03", "cold-storage-unit-01",
                "cold-storage-unit-02"), runner.fleet().registry().stream().map(Device::id).toList());
        assertEquals(START, runner.fleet().now(), "the new fleet runs on the simulator's clock");
    }

    @Test
    void aBrokenModelLeavesTheRunningFleetAsItWas() throws IOException {
        ModelLibrary library = ModelLibrary.inWorkspace(workspace);
        FleetControl control = control(library);
        library.ensureExamples();
        Files.writeString(library.directory().resolve("pump.json"), "{ \"model\": ");

        SimulationFileException e = assertThrows(SimulationFileException.class,
                () -> control.setFleet(List.of(new FleetEntry("thermostat", 2), new FleetEntry("pump", 2))));

        assertTrue(e.getMessage().startsWith(library.directory().resolve("pump.json") + " line 1: not valid JSON"),
                e.getMessage());
        assertEquals(25, runner.fleet().size());
    }

    @Test
    void withoutAWorkspaceTheShippedModelsServe() {
        FleetControl control = control(null);

        control.setFleet(List.of(new FleetEntry("pump", 1)));

        assertEquals(ModelLibrary.EXAMPLES, control.models());
        assertEquals(List.of(new FleetEntry("pump", 1)), runner.fleet().entries());
    }

    @Test
    void malformedPayloadsGoToTheQuarantineAndCountAsErrors() {
        FleetControl control = control(null);
        runner.fleet().inject(List.of("pump-03"), Injection.of(InjectionKind.MALFORMED).lasting(Duration.ofSeconds(2)));
        runner.fleet().inject(List.of("pump-04"), Injection.of(InjectionKind.DUPLICATE).lasting(Duration.ofSeconds(2)));
        runner.start();
        awaitFirstTick(25 + 1);
        ingested.clear();

        clock.advance(Duration.ofSeconds(1));
        runner.tickOnce();

        SimulatorCounters counters = control.counters();
        assertEquals(2, quarantine.count(), "pump-03's payloads at +0 s and +1 s");
        QuarantinedMessage first = quarantine.messages.get(0);
        assertEquals(EmbeddedReceiver.SOURCE, first.source());
        assertTrue(first.reason().startsWith("the payload of message pump-03-"), first.reason());
        assertTrue(first.raw().startsWith("{\"deviceId\":\"pump-03\""), first.raw());
        assertEquals(2, counters.errors());
        assertEquals(2, ingested.stream().filter(r -> r.deviceId().equals("pump-04")).count(),
                "the +1 s message reaches the engine twice");
        assertEquals(START.plusSeconds(1), counters.simulatedTime());
    }
}
