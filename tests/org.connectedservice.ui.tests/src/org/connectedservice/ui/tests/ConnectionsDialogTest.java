package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;

import org.connectedservice.app.ConnectionsDialog;
import org.connectedservice.app.EngineStatusLine;
import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.simulation.FleetSimulator;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A field admin points the console at an IoT Hub in File > Connections, gets a wrong paste explained, and back. */
class ConnectionsDialogTest {

    private static final String HUB = "HostName=contoso-hub.azure-devices.net;SharedAccessKeyName=iothubowner;"
            + "SharedAccessKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=";

    private Workbench workbench;
    private ConnectionProfiles profiles;
    private FleetSimulator simulator;
    private ConnectionsDialog dialog;

    /** The fleet is stopped first: a running fleet would try to reach the (made-up) hub as soon as it is saved. */
    @BeforeEach
    void openDialog() {
        workbench = new Workbench();
        simulator = workbench.service(FleetSimulator.class);
        simulator.stop();
        profiles = workbench.service(ConnectionProfiles.class);
        profiles.save(ConnectionProfile.embedded());
        dialog = open();
    }

    @AfterEach
    void backToEmbedded() {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        profiles.save(ConnectionProfile.embedded());
        simulator.start();
    }

    private ConnectionsDialog open() {
        ConnectionsDialog opened = new ConnectionsDialog(workbench.shell(), profiles);
        opened.setBlockOnOpen(false);
        opened.open();
        workbench.pause(Duration.ofMillis(200));
        return opened;
    }

    @Test
    void aDeviceConnectionStringIsRefusedWithWhatToCopyInsteadAndNothingTypedIsLost() throws Exception {
        tick("Send simulated devices through an IoT Hub");
        String deviceString = "HostName=contoso-hub.azure-devices.net;DeviceId=thermostat-01;SharedAccessKey=abc=";
        type("Connection string", deviceString);
        press("Save");
        String message = dialog.getErrorMessage() != null ? dialog.getErrorMessage() : dialog.getMessage();
        assertTrue(message.contains("device 'thermostat-01'"), message);
        assertTrue(message.contains("Shared access policies"), message);
        assertEquals(deviceString, field("Connection string").getText());
        assertNotNull(dialog.getShell(), "the dialog closed on a wrong connection string");
        assertTrue(profiles.active().isEmbedded());
        workbench.capture(dialog.getShell(), "connections-wrong-string");
    }

    @Test
    void aHubProfileIsKeptShownInTheStatusLineAndComesBackWhenReopened() {
        tick("Send simulated devices through an IoT Hub");
        type("Connection string", HUB);
        press("Save");
        assertNull(dialog.getShell(), "the dialog stayed open: " + dialog.getMessage());
        assertEquals("contoso-hub.azure-devices.net", profiles.active().iotHub().hostName());
        EngineStatusLine status = statusLine();
        workbench.waitUntil(Duration.ofSeconds(5), () -> status.text().contains("IoT Hub contoso-hub"),
                "the status line never named the hub: " + status.text());
        dialog = open();
        assertEquals(HUB, field("Connection string").getText());
        assertTrue(checkbox("Send simulated devices through an IoT Hub").getSelection());
    }

    private EngineStatusLine statusLine() {
        MTrimmedWindow window = (MTrimmedWindow) workbench.mainWindow();
        return window.getTrimBars().stream().flatMap(bar -> bar.getChildren().stream())
                .filter(MToolControl.class::isInstance).map(c -> ((MToolControl) c).getObject())
                .filter(EngineStatusLine.class::isInstance).map(EngineStatusLine.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no status line in the window's trim"));
    }

    private void tick(String text) {
        Button box = checkbox(text);
        box.setSelection(true);
        box.notifyListeners(SWT.Selection, new Event());
    }

    private Button checkbox(String text) {
        Button found = find(dialog.getShell(), Button.class, b -> text.equals(b.getText()));
        assertNotNull(found, "no '" + text + "' in the Connections dialog");
        return found;
    }

    private void press(String text) {
        Button button = find(dialog.getShell(), Button.class, b -> text.equals(b.getText()));
        assertNotNull(button, "no '" + text + "' button");
        button.notifyListeners(SWT.Selection, new Event());
        workbench.pause(Duration.ofMillis(200));
    }

    private void type(String label, String value) {
        Text text = field(label);
        assertTrue(text.isEnabled(), "'" + label + "' is not enabled");
        text.setText(value);
    }

    /** The text field that follows the label with this text, as a user reads the form. */
    private Text field(String label) {
        Label found = find(dialog.getShell(), Label.class, l -> label.equals(l.getText()));
        assertNotNull(found, "no '" + label + "' label in the Connections dialog");
        Control[] siblings = found.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == found && siblings[i + 1] instanceof Text t) {
                return t;
            }
        }
        throw new AssertionError("no text field after '" + label + "'");
    }

    private static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
