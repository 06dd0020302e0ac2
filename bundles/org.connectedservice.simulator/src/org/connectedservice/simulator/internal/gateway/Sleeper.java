package org.connectedservice.simulator.internal.gateway;

import java.time.Duration;

/** How the hub waits between looks at a device; tests move simulated time instead of sleeping. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
