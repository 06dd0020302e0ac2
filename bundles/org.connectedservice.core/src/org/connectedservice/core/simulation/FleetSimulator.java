package org.connectedservice.core.simulation;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.connectedservice.core.service.SimulatorControl;

/**
 * What the simulator view may ask of the running fleet. start() also resumes after pause(); stop() ends the run,
 * and the next start() continues at the wall clock's time, without the messages of the gap.
 */
public interface FleetSimulator extends SimulatorControl {

    SimulatorRunState runState();

    void pause();

    double speed();

    /**
     * How many simulated seconds pass per wall-clock second; messages are stamped in simulated time.
     *
     * @throws IllegalArgumentException outside 0.1 to 100
     */
    void setSpeed(double factor);

    /** Names of the device models in the workspace. */
    List<String> models();

    List<FleetEntry> fleet();

    /**
     * Replaces the fleet with these counts of workspace models; devices are numbered per model (pump-01, ...).
     *
     * @throws SimulationFileException when a model file is wrong; the running fleet stays as it was
     */
    void setFleet(List<FleetEntry> entries);

    List<DeviceStatus> deviceStatuses();

    /** @throws IllegalArgumentException naming the first unknown device; nothing is injected then */
    default void inject(Collection<String> deviceIds, Injection injection) {
        inject(deviceIds, injection, Duration.ZERO);
    }

    /**
     * Injects once delay of simulated time has passed.
     *
     * @throws IllegalArgumentException naming the first unknown device or measurement; nothing is injected then
     */
    void inject(Collection<String> deviceIds, Injection injection, Duration delay);

    void clearFaults(Collection<String> deviceIds);

    CommandResult sendCommand(String deviceId, String command, String payload);

    /** The device takes the desired value and reports it back as a reported property. */
    CommandResult setDesiredProperty(String deviceId, String name, String value);

    SimulatorCounters counters();

    /** Where the devices are connected besides the embedded engine, or why they could not connect. */
    default HubConnection hubConnection() {
        return HubConnection.EMBEDDED;
    }
}
