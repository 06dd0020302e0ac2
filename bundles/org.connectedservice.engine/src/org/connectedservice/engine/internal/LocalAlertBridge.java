package org.connectedservice.engine.internal;

import java.time.Clock;
import java.time.Duration;

import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.FaultOutbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Runs the alert bridge for as long as both the outbox and the alert store are there. */
@Component(immediate = true, service = {})
public class LocalAlertBridge {

    static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    @Reference
    private FaultOutbox outbox;

    @Reference
    private AlertStore alerts;

    private AlertBridge bridge;

    @Activate
    void activate() {
        bridge = new AlertBridge(outbox, alerts, Clock.systemUTC());
        bridge.start(POLL_INTERVAL);
    }

    @Deactivate
    void deactivate() {
        bridge.stop();
    }
}
