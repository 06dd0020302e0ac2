package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Devices & Commands part as a field admin uses it, against the simulated fleet, driven through its widgets:
 * pick a device in the registry, pick a command, fill its parameters, Send, and read the history table.
 */
class DevicesAndCommandsTest {

    private static final String PART = "org.connectedservice.ui.devices.part.devicesCommands";
    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    private static final int DEVICE = 1;
    private static final int COMMAND = 2;
    private static final int STATUS = 3;
    private static final int EFFECT = 4;
    private static final int RESPONSE = 5;

    private Workbench workbench;
    private EPartService parts;
    private Composite part;

    @BeforeEach
    void showThePart() {
        workbench = new Workbench();
        parts = workbench.mainWindow().getContext().get(EPartService.class);
        MPart shown = parts.showPart(PART, PartState.ACTIVATE);
        assertNotNull(shown, "no part " + PART + " in the application model");
        workbench.waitUntil(Duration.ofSeconds(10), () -> shown.getWidget() != null, "the part was never created");
        part = (Composite) shown.getWidget();
    }

    @AfterEach
    void backToTheChart() {
        parts.showPart(CHART, PartState.ACTIVATE);
    }

    @Test
    void rebootingFromThePanelGoesInProgressThenSucceededAndItsHeartbeatCheckPasses() throws Exception {
        pickDevice("thermostat-03");
        pickCommand("Reboot");
        Table history = table("Effect check");
        int before = rows(history, "thermostat-03", "Reboot").size();

        click(sendButton());

        List<String> statuses = new ArrayList<>();
        workbench.waitUntil(Duration.ofSeconds(20), () -> {
            List<TableItem> rows = rows(history, "thermostat-03", "Reboot");
            if (rows.size() > before) {
                String status = rows.get(0).getText(STATUS);
                if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) {
                    statuses.add(status);
                }
            }
            return statuses.contains("Succeeded");
        }, "the reboot never succeeded; statuses seen: " + statuses);
        assertEquals(List.of("In Progress", "Succeeded"), statuses);
        TableItem reboot = rows(history, "thermostat-03", "Reboot").get(0);
        assertEquals("200 thermostat-03 is rebooting: silent for 15 s, then it sends a heartbeat",
                reboot.getText(RESPONSE));
        assertEquals("Pending: heartbeat within 60 s", reboot.getText(EFFECT));
        workbench.capture(part, "devices-reboot-succeeded");

        workbench.waitUntil(Duration.ofSeconds(45), () -> rows(history, "thermostat-03", "Reboot").get(0)
                .getText(EFFECT).startsWith("Passed: heartbeat after "), "the heartbeat check never passed");
        String passed = rows(history, "thermostat-03", "Reboot").get(0).getText(EFFECT);
        double seconds = Double.parseDouble(passed.replaceAll("[^0-9.]", ""));
        assertTrue(seconds >= 15 && seconds < 60, passed);
        workbench.capture(part, "devices-reboot-heartbeat-passed");
        workbench.screenshot("devices-and-commands");
    }

    @Test
    void everyKindOfCommandReachesASimulatedDeviceAndSucceeds() throws Exception {
        pickDevice("thermostat-05");
        Table history = table("Effect check");

        send("Display message", "Service visit at 14:00");
        assertEquals("thermostat-05 shows 'Service visit at 14:00'", awaitSucceeded(history, "Display message"));
        send("Set setpoint", "65");
        assertEquals("the device reports setpoint = 65", awaitSucceeded(history, "Set setpoint"));
        send("Set interval", "1");
        assertEquals("200 thermostat-05 now sends every 1 s", awaitSucceeded(history, "Set interval"));
        workbench.capture(part, "devices-every-command-kind");

        CTabFolder tabs = find(part, CTabFolder.class, t -> true);
        tabs.setSelection(Arrays.stream(tabs.getItems()).filter(i -> i.getText().startsWith("Properties"))
                .findFirst().orElseThrow());
        workbench.waitUntil(Duration.ofSeconds(10), () -> find(part, Text.class, t -> t.isVisible()
                && !t.getEditable() && t.getText().contains("\"setpoint\" : 65")) != null,
                "the twin panel never showed the reported setpoint 65");
        workbench.pause(Duration.ofMillis(500));
        workbench.capture(part, "devices-twin");
        tabs.setSelection(0);
    }

    private void send(String command, String value) {
        pickCommand(command);
        Text parameter = find(part, Text.class, t -> !t.getMessage().isEmpty() && t.isVisible());
        assertNotNull(parameter, "no parameter field for " + command);
        parameter.setText(value);
        Button send = sendButton();
        workbench.waitUntil(Duration.ofSeconds(5), send::isEnabled, "Send stays disabled for " + command);
        click(send);
    }

    private String awaitSucceeded(Table history, String command) {
        workbench.waitUntil(Duration.ofSeconds(20), () -> {
            List<TableItem> rows = rows(history, "thermostat-05", command);
            return !rows.isEmpty() && rows.get(0).getText(STATUS).equals("Succeeded");
        }, command + " never succeeded");
        return rows(history, "thermostat-05", command).get(0).getText(RESPONSE);
    }

    private void pickDevice(String deviceId) {
        Table devices = table("Registration");
        workbench.waitUntil(Duration.ofSeconds(20), () -> Arrays.stream(devices.getItems())
                .anyMatch(i -> i.getText(0).equals(deviceId)), "the registry never listed " + deviceId);
        TableItem row = Arrays.stream(devices.getItems()).filter(i -> i.getText(0).equals(deviceId)).findFirst()
                .orElseThrow();
        devices.setSelection(row);
        Event event = new Event();
        event.item = row;
        devices.notifyListeners(SWT.Selection, event);
        Button selection = find(part, Button.class, b -> b.getText().startsWith("Selected devices ("));
        workbench.waitUntil(Duration.ofSeconds(5), () -> selection.getText().equals("Selected devices (1)"),
                "the command panel did not take the selection");
    }

    private void pickCommand(String name) {
        Combo commands = find(part, Combo.class, c -> Arrays.asList(c.getItems()).contains(name));
        assertNotNull(commands, "no command list offering " + name);
        commands.select(commands.indexOf(name));
        commands.notifyListeners(SWT.Selection, new Event());
    }

    private Button sendButton() {
        return find(part, Button.class, b -> b.getText().equals("Send"));
    }

    private void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private Table table(String columnTitle) {
        Table table = find(part, Table.class, t -> Arrays.stream(t.getColumns())
                .anyMatch(c -> c.getText().equals(columnTitle)));
        assertNotNull(table, "no table with a " + columnTitle + " column");
        return table;
    }

    /** The rows of one device and command, newest first, as the history shows them. */
    private static List<TableItem> rows(Table history, String deviceId, String command) {
        List<TableItem> rows = new ArrayList<>();
        for (int i = 0; i < history.getItemCount(); i++) {
            TableItem item = history.getItem(i);
            if (item.getText(DEVICE).equals(deviceId) && item.getText(COMMAND).equals(command)) {
                rows.add(item);
            }
        }
        return rows;
    }

    private static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> matches) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && matches.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                T found = find(c, type, matches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
