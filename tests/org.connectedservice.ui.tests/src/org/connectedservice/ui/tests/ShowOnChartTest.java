package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.ui.alerts.AlertsPart;
import org.connectedservice.ui.telemetry.TelemetryChart;
import org.connectedservice.ui.telemetry.TelemetryChartPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** An agent double-clicks an alert and lands on its device's chart, held still around the alert with its marker. */
class ShowOnChartTest {

    private static final String ALERTS = "org.connectedservice.ui.alerts.part.alerts";
    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";

    private final Workbench workbench = new Workbench();
    private final EPartService parts = workbench.mainWindow().getContext().get(EPartService.class);

    private IotAlert recordAlert(String deviceId, Instant at) {
        return workbench.service(AlertStore.class).record(new Fault(Fault.tokenFor(deviceId, "chart-ui", 1, at),
                FaultKind.RAISED, deviceId, "Thermostat", "chart-ui", 1, "Too warm", "Temperature", 77, 70,
                Severity.HIGH, "Test", at, deviceId + " too warm", at));
    }

    private AlertsPart doubleClick(IotAlert alert) {
        parts.showPart(ALERTS, PartState.ACTIVATE);
        AlertsPart alerts = workbench.part(ALERTS, AlertsPart.class);
        workbench.waitUntil(Duration.ofSeconds(10), () -> alerts.select(alert), "the alert's row never showed");
        alerts.table().notifyListeners(SWT.DefaultSelection, new Event());
        return alerts;
    }

    @Test
    void doubleClickingAnAlertChartsItsDeviceAroundTheAlertWithItsMarker() throws Exception {
        Instant at = Instant.now().minusSeconds(90);
        IotAlert alert = recordAlert("thermostat-06", at);

        AlertsPart alerts = doubleClick(alert);

        TelemetryChartPart chartPart = workbench.part(CHART, TelemetryChartPart.class);
        assertTrue(CHART.equals(parts.getActivePart().getElementId()), "the chart did not come to the front");
        TelemetryChart chart = chartPart.telemetryChart();
        workbench.waitUntil(Duration.ofSeconds(10), () -> chartPart.shownDevice() != null
                && "thermostat-06".equals(chartPart.shownDevice().id()), "the chart never showed thermostat-06");
        assertFalse(chart.isLive(), "the chart should hold still on the alert, not follow live data");
        TimeWindow window = chart.visibleWindow();
        assertTrue(window.contains(at.toEpochMilli()) && window.from() < at.minusSeconds(60).toEpochMilli(),
                "the window " + window + " should show the minutes around the alert at " + at);
        workbench.waitUntil(Duration.ofSeconds(10), () -> chart.shownFrame() != null && chart.shownFrame().alerts()
                .stream().anyMatch(a -> a.id() == alert.id()), "the alert's marker is not on the chart");
        assertTrue(alerts.caseStatus().startsWith("Charting thermostat-06"), alerts.caseStatus());
        workbench.waitUntil(Duration.ofSeconds(10), () -> chartPart.legendNames().contains("thermostat-06 Temperature"),
                "the legend does not name thermostat-06: " + chartPart.legendNames());
        workbench.pause(Duration.ofMillis(400));
        workbench.capture(chartPart.chart().getParent(), "chart-from-alert");
        chart.setPaused(false);
    }

    @Test
    void anAlertOfADeviceNotInTheListSaysSoInsteadOfCharting() {
        IotAlert alert = recordAlert("retired-99", Instant.now().minusSeconds(30));

        AlertsPart alerts = doubleClick(alert);

        workbench.waitUntil(Duration.ofSeconds(5), () -> alerts.caseStatus().startsWith("retired-99 is not in the"
                + " device list"), "the status line did not say why the alert cannot be charted: "
                        + alerts.caseStatus());
    }
}
