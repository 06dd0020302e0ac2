package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With a Dynamics organization in the profile, an alert the console records is queued for msdyn_iotalert in the
 * workspace even while Dynamics cannot be reached, and the mirror's status says why it waits.
 */
class DynamicsAlertsTest {

    private final Workbench workbench = new Workbench();
    private final ConnectionProfiles profiles = workbench.service(ConnectionProfiles.class);

    @AfterEach
    void embeddedAgain() {
        profiles.save(ConnectionProfile.embedded());
    }

    @Test
    void anAlertWaitsInTheWorkspaceForAnUnreachableDynamicsAndTheStatusSaysWhy() throws Exception {
        DynamicsMirror mirror = workbench.service(DynamicsMirror.class);
        DynamicsSettings nowhere = new DynamicsSettings(URI.create("http://127.0.0.1:9"),
                URI.create("http://127.0.0.1:9/tenant/oauth2/v2.0/token"), "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "not-a-real-secret");
        profiles.save(new ConnectionProfile("Unreachable Dynamics", null, nowhere, null));
        workbench.waitUntil(Duration.ofSeconds(10), () -> mirror.status().enabled(),
                "the mirror never followed the profile");

        Instant now = Instant.now();
        String token = Fault.tokenFor("pump-04", "dynamics-ui", 1, now);
        workbench.service(AlertStore.class).record(new Fault(token, FaultKind.RAISED, "pump-04", "Pump", "dynamics-ui",
                1, "Pump pressure", "Pressure", 9.4, 8, Severity.HIGH, "Test", now, "pump-04 pressure 9.4 above 8",
                now));

        Path pending = workbench.service(ConsoleWorkspace.class).directory().resolve("dynamics/pending.jsonl");
        workbench.waitUntil(Duration.ofSeconds(10), () -> contains(pending, token),
                "the alert never reached the Dynamics queue in " + pending);
        String queued = Files.readAllLines(pending).stream().filter(l -> l.contains(token)).findFirst().orElseThrow();
        assertTrue(queued.contains("\"kind\":\"alert\"") && queued.contains("pump-04 pressure 9.4 above 8"), queued);
        workbench.waitUntil(Duration.ofSeconds(20), () -> !mirror.status().lastError().isEmpty()
                && mirror.status().pending() > 0, "the mirror never said why the alert waits");
        assertTrue(mirror.status().lastError().contains("127.0.0.1"), mirror.status().lastError());
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
