package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.service.SimulatorControl;
import org.connectedservice.ui.alerts.AlertsPart;
import org.connectedservice.ui.telemetry.DeviceNavigatorPart;
import org.connectedservice.ui.telemetry.TelemetryChart;
import org.connectedservice.ui.telemetry.TelemetryChartPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * An agent turns an IoT alert into a case and the case into a work order through the alerts table's buttons and
 * dialogs, sees both in the Case column, and finds both as markers with tooltips on the device's chart.
 */
class CasesFromAlertsTest {

    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    private static final String DEVICES = "org.connectedservice.ui.telemetry.part.devices";
    private static final String ALERTS = "org.connectedservice.ui.alerts.part.alerts";
    private static final String DEVICE = "thermostat-14";
    private static final int CASE_COLUMN = 7;

    @Test
    void anAlertBecomesACaseWithAWorkOrderShownInTheTableAndOnTheChart() throws Exception {
        Workbench workbench = new Workbench();
        EPartService parts = workbench.mainWindow().getContext().get(EPartService.class);
        DeviceNavigatorPart devices = workbench.part(DEVICES, DeviceNavigatorPart.class);
        parts.showPart(ALERTS, PartState.ACTIVATE);
        AlertsPart alerts = workbench.part(ALERTS, AlertsPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select(DEVICE), "the fleet never appeared");
        Instant clicked = Instant.now().minusSeconds(1);
        workbench.service(SimulatorControl.class).injectSpike(DEVICE);
        IotAlert alert = workbench.waitFor(Duration.ofSeconds(30), () -> alerts.visibleAlerts().stream()
                .filter(a -> a.deviceId().equals(DEVICE) && !a.time().isBefore(clicked)).findFirst().orElse(null),
                "no alert row for " + DEVICE + " after the spike");

        parts.showPart(ALERTS, PartState.ACTIVATE);
        workbench.waitUntil(Duration.ofSeconds(5), () -> alerts.select(alert), "the alert's row is not in the table");
        assertTrue(alerts.createCaseButton().isEnabled(), "Create case... is off: " + alerts.caseStatus());
        assertTrue(!alerts.createWorkOrderButton().isEnabled(), "Create work order... needs a case first");
        String[] offeredTitle = new String[1];
        AtomicReference<Throwable> caseDialog = workbench.answer("Create case", dialog -> {
            Text title = Workbench.find(dialog, Text.class, t -> true);
            assertNotNull(title, "the Create case dialog has no title field");
            offeredTitle[0] = title.getText();
            title.setText(DEVICE + " runs too warm");
        });
        alerts.createCaseButton().notifyListeners(SWT.Selection, new Event());
        assertNull(caseDialog.get(), "the Create case dialog could not be filled in");
        assertEquals(alert.description(), offeredTitle[0], "the title should default to the alert's description");
        String caseId = workbench.waitFor(Duration.ofSeconds(10), () -> alerts.caseText(alert).matches("CAS-\\d{5}")
                ? alerts.caseText(alert) : null, "the Case column never named the new case: " + alerts.caseStatus());
        workbench.waitUntil(Duration.ofSeconds(5), () -> alerts.caseStatus().startsWith("Case " + caseId + " ("),
                "the status line never said the case was created: " + alerts.caseStatus());

        workbench.waitUntil(Duration.ofSeconds(5), () -> alerts.select(alert)
                && alerts.createWorkOrderButton().isEnabled(), "Create work order... stays off for a case's alert");
        assertTrue(!alerts.createCaseButton().isEnabled(), "a second case for the same alert must not be offered");
        AtomicReference<Throwable> workOrderDialog = workbench.answer("Create work order", dialog -> {
            assertNotNull(Workbench.find(dialog, Combo.class, c -> true), "the work order dialog has no type field");
            Workbench.find(dialog, Combo.class, c -> true).setText("Repair");
            Workbench.find(dialog, Text.class, t -> (t.getStyle() & SWT.MULTI) != 0).setText("Replace the fan");
        });
        alerts.createWorkOrderButton().notifyListeners(SWT.Selection, new Event());
        assertNull(workOrderDialog.get(), "the Create work order dialog could not be filled in");
        String caseText = workbench.waitFor(Duration.ofSeconds(10), () -> alerts.caseText(alert).contains("WO-")
                ? alerts.caseText(alert) : null, "the Case column never named the work order");
        assertTrue(caseText.matches(caseId + ": WO-\\d{5} Repair"), caseText);
        String workOrderId = caseText.substring(caseId.length() + 2, caseText.indexOf(" Repair"));
        workbench.waitUntil(Duration.ofSeconds(5), () -> caseText.equals(shownCaseCell(alerts, alert)),
                "the table's Case cell should read " + caseText);
        workbench.screenshot("alerts-case-and-work-order");

        parts.showPart(CHART, PartState.ACTIVATE);
        TelemetryChartPart chartPart = workbench.part(CHART, TelemetryChartPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select(DEVICE) && chartPart.plottedPoints() >= 5,
                "the chart of " + DEVICE + " never held 5 points");
        TelemetryChart chart = chartPart.telemetryChart();
        workbench.waitUntil(Duration.ofSeconds(10), () -> chart.shownServiceRecords().containsAll(List.of(caseId,
                workOrderId)), "the chart never marked " + caseId + " and " + workOrderId);
        workbench.shell().forceActive();
        chart.setPaused(true);
        workbench.waitFor(Duration.ofSeconds(5), () -> chart.serviceMarker(workOrderId), "markers never drawn");
        workbench.pause(Duration.ofMillis(300));

        String caseTip = hover(workbench, chart, caseId);
        assertTrue(caseTip.startsWith("Case " + caseId + " \"" + DEVICE + " runs too warm\" for " + DEVICE + " by ")
                && caseTip.contains(": Active, ") && caseTip.endsWith(" priority"),
                "the case marker's tooltip should give id, title, user and status: " + caseTip);
        String workOrderTip = hover(workbench, chart, workOrderId);
        assertTrue(workOrderTip.startsWith("Work order " + workOrderId + " Repair for case " + caseId + " on "
                + DEVICE + " by ") && workOrderTip.endsWith(": Unscheduled; Replace the fan"),
                "the work order marker's tooltip should give id, type, case, user and status: " + workOrderTip);
        workbench.capture(chartPart.chart().getParent(), "chart-case-and-work-order-markers");
        chart.setPaused(false);
    }

    private static String hover(Workbench workbench, TelemetryChart chart, String id) {
        Point marker = chart.serviceMarker(id);
        assertNotNull(marker, id + " has no marker on the chart");
        Point plot = chart.plot().getSize();
        assertTrue(marker.x >= 0 && marker.x < plot.x && marker.y >= 0 && marker.y < plot.y,
                "the marker of " + id + " at " + marker + " is off the plot of " + plot);
        new Pointer(workbench).moveTo(chart.plot(), marker.x, marker.y);
        String tooltip = chart.plot().getToolTipText();
        return tooltip == null ? "" : tooltip;
    }

    private static String shownCaseCell(AlertsPart alerts, IotAlert alert) {
        List<IotAlert> shown = alerts.visibleAlerts();
        for (int row = 0; row < shown.size(); row++) {
            if (shown.get(row).id() == alert.id()) {
                return alerts.table().getItem(row).getText(CASE_COLUMN);
            }
        }
        return null;
    }
}
