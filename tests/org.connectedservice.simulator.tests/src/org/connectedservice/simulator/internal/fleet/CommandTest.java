package org.connectedservice.simulator.internal.fleet;

import static org.connectedservice.simulator.internal.fleet.InjectionTest.PUMP;
import static org.connectedservice.simulator.internal.fleet.InjectionTest.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceState;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.junit.jupiter.api.Test;

class CommandTest {

    private final Fleet fleet = InjectionTest.pumps(new Recorder());

    private DeviceStatus status() {
        return fleet.statuses().get(0);
    }

    @Test
    void rebootGoesSilentForTheModelsSilenceThenSendsAHeartbeat() {
        CommandResult result = fleet.command(PUMP, "reboot", null);
        assertEquals(CommandResult.ok("pump-01 is rebooting: silent for 30 s, then it sends a heartbeat"), result);
        assertEquals(DeviceState.REBOOTING, status().state());

        assertTrue(Recorder.run(fleet, 30).of(PUMP).isEmpty(), "silent for 30 s");
        List<Object> after = Recorder.run(fleet, 2).of(PUMP);

        SimulatedMessage heartbeat = (SimulatedMessage) after.get(0);
        assertEquals(START.plusSeconds(40), heartbeat.enqueuedTime());
        assertEquals("{\"heartbeat\":true,\"reason\":\"reboot\"}", heartbeat.body());
        assertEquals(2, after.size(), "the heartbeat, then readings one interval later");
        assertEquals(DeviceState.ONLINE, status().state());
    }

    @Test
    void displayMessageShowsTheTextInTheDeviceState() {
        assertTrue(fleet.command(PUMP, "displayMessage", "\"Service visit at 14:00\"").succeeded());
        assertEquals("Service visit at 14:00", status().displayMessage());

        fleet.command(PUMP, "displayMessage", "{\"message\": \"Filter due\"}");
        assertEquals("Filter due", status().displayMessage());
        fleet.command(PUMP, "displayMessage", "typed by hand, no quotes");
        assertEquals("typed by hand, no quotes", status().displayMessage());
    }

    @Test
    void setIntervalChangesHowOftenTheDeviceSends() {
        assertEquals(CommandResult.ok("pump-01 now sends every 5 s"), fleet.command(PUMP, "setInterval", "5"));
        assertEquals(Duration.ofSeconds(5), status().interval());
        assertEquals(4, Recorder.run(fleet, 20).of(PUMP).size());

        assertEquals(CommandResult.ok("pump-01 now sends every 0.50 s"),
                fleet.command(PUMP, "setInterval", "{\"seconds\": 0.5}"));
        assertEquals(CommandResult.badRequest("setInterval needs a number of seconds from 0.01 to 86400, got 'soon'"),
                fleet.command(PUMP, "setInterval", "soon"));
    }

    @Test
    void aCommandTheModelDoesNotListIsRefused() {
        Fleet compressors = new Fleet(1, START);
        compressors.addModel(ModelLibrary.example("compressor"), 1, "");

        assertEquals(CommandResult.notFound("compressor-01 does not understand 'displayMessage'; it understands "
                + "reboot, setInterval"), compressors.command("compressor-01", "displayMessage", "hi"));
        assertEquals(CommandResult.notFound("no simulated device 'pump-9'; pick one from the device list"),
                fleet.command("pump-9", "reboot", null));
    }

    @Test
    void aDesiredPropertyComesBackAsAReportedProperty() {
        assertEquals(CommandResult.ok("pump-01 reports setpoint = 7.5"), fleet.setDesired(PUMP, "setpoint", "7.5"));
        fleet.setDesired(PUMP, "firmware", "\"2.0.0\"");

        assertEquals("7.5", status().reportedProperties().get("setpoint"));
        assertEquals("2.0.0", status().reportedProperties().get("firmware"));
        assertEquals("B-200", status().reportedProperties().get("impeller"));
    }
}
