package org.connectedservice.dynamics.internal;

import java.time.Duration;

/** Waits as a throttled server asks; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
