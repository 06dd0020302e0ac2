package org.connectedservice.core.service;

/** What the UI may ask of the device simulator. */
public interface SimulatorControl {

    boolean isRunning();

    void start();

    void stop();

    /**
     * Makes the device's primary measurement jump well past its usual range for a few readings, so a rule fires.
     *
     * @throws IllegalArgumentException when the device is not simulated
     */
    void injectSpike(String deviceId);
}
