package org.connectedservice.devices.internal.commands;

import java.time.Duration;

/** How sending waits between looks at a device; tests move simulated time instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
