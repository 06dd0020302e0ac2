package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandRequest;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.CommandTarget;
import org.connectedservice.core.devices.DeviceManagement;
import org.connectedservice.ui.telemetry.DeviceNavigatorPart;
import org.connectedservice.ui.telemetry.TelemetryChart;
import org.connectedservice.ui.telemetry.TelemetryChartPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;

/** The chart marks the commands sent to a charted device, and the marker says what became of the command. */
class ChartMarkersTest {

    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    private static final String DEVICES = "org.connectedservice.ui.telemetry.part.devices";
    private static final String DEVICE = "thermostat-08";

    @Test
    void aRebootOfTheChartedDeviceIsMarkedWithUserStatusAndEffectCheck() throws Exception {
        Workbench workbench = new Workbench();
        workbench.mainWindow().getContext().get(EPartService.class).showPart(CHART, PartState.ACTIVATE);
        DeviceNavigatorPart devices = workbench.part(DEVICES, DeviceNavigatorPart.class);
        TelemetryChartPart chartPart = workbench.part(CHART, TelemetryChartPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select(DEVICE), "the fleet never appeared");
        workbench.waitUntil(Duration.ofSeconds(20), () -> chartPart.plottedPoints() >= 5,
                "the chart of " + DEVICE + " never held 5 points");
        TelemetryChart chart = chartPart.telemetryChart();
        workbench.shell().forceActive();

        DeviceManagement registry = workbench.service(DeviceManagement.class);
        workbench.waitUntil(Duration.ofSeconds(10), () -> registry.devices().stream().anyMatch(d -> d.id().equals(
                DEVICE)), DEVICE + " never appeared in the device registry");
        CommandService commands = workbench.service(CommandService.class);
        commands.send(new CommandRequest("Reboot", Map.of(), CommandTarget.device(DEVICE), "chart-tester", null),
                progress -> { });
        CommandRecord sent = workbench.waitFor(Duration.ofSeconds(30), () -> commands.historyOfDevice(DEVICE, 10)
                .stream().filter(c -> c.user().equals("chart-tester") && c.status().isFinal()).findFirst()
                .orElse(null), "the reboot of " + DEVICE + " never finished");
        assertEquals(CommandStatus.SUCCEEDED, sent.status(), sent.toString());
        CommandRecord reboot = workbench.waitFor(Duration.ofSeconds(10), () -> chart.shownCommands().stream()
                .filter(c -> c.id() == sent.id() && c.status() == CommandStatus.SUCCEEDED).findFirst().orElse(null),
                "the chart never marked the succeeded reboot of " + DEVICE);
        chart.setPaused(true);
        Point flag = workbench.waitFor(Duration.ofSeconds(5), () -> chart.commandMarker(reboot),
                "the reboot's marker was never drawn");
        workbench.pause(Duration.ofMillis(300));
        flag = chart.commandMarker(reboot);

        Point plotSize = chart.plot().getSize();
        assertTrue(flag.x >= 0 && flag.x < plotSize.x && flag.y >= 0 && flag.y < plotSize.y, "the reboot's flag "
                + flag + " is off the plot of " + plotSize);
        String described = chart.overlayAt(flag.x, flag.y);
        assertTrue(described.startsWith("Command Reboot to " + DEVICE), "the marker at " + flag + " is not described: "
                + described + "; the chart marks " + chart.shownCommands());
        new Pointer(workbench).moveTo(chart.plot(), flag.x, flag.y);
        String tooltip = chart.plot().getToolTipText();
        assertTrue(tooltip != null && tooltip.startsWith("Command Reboot to " + DEVICE + " by chart-tester at ")
                && tooltip.contains(": Succeeded (200 " + DEVICE + " is rebooting") && tooltip.contains(
                        "; effect check "), "the marker's tooltip should name command, user, status, response and "
                                + "effect check: " + tooltip);
        workbench.capture(chartPart.chart().getParent(), "chart-command-marker");
        chart.setPaused(false);
    }
}
