package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.connectedservice.app.AboutHandler;
import org.connectedservice.app.EngineStatusLine;
import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.ui.alerts.AlertsPart;
import org.connectedservice.ui.telemetry.DeviceNavigatorPart;
import org.connectedservice.ui.telemetry.TelemetryChartPart;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first end-to-end slice as a user meets it: live chart, a spike, an alert. */
class FirstSliceTest {

    private static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    private static final String DEVICES = "org.connectedservice.ui.telemetry.part.devices";
    private static final String ALERTS = "org.connectedservice.ui.alerts.part.alerts";

    private Workbench workbench;

    @BeforeEach
    void findWorkbench() {
        workbench = new Workbench();
    }

    @Test
    void selectedDeviceShowsLiveTelemetryWithItsThreshold() throws Exception {
        DeviceNavigatorPart devices = workbench.part(DEVICES, DeviceNavigatorPart.class);
        TelemetryChartPart chart = workbench.part(CHART, TelemetryChartPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select("thermostat-02"), "the fleet never appeared");

        workbench.waitUntil(Duration.ofSeconds(20), () -> chart.plottedPoints() >= 5,
                "the chart of thermostat-02 never held 5 points");
        assertEquals("thermostat-02", chart.shownDevice().id());
        workbench.waitUntil(Duration.ofSeconds(10), () -> chart.thresholdLines().contains(70.0),
                "the Thermostat Temperature > 70 threshold line was never drawn");
        int before = chart.plottedPoints();
        workbench.waitUntil(Duration.ofSeconds(10), () -> chart.plottedPoints() > before, "the chart is not live");

        Path shot = workbench.screenshot("main-window");
        assertTrue(Files.size(shot) > 10_000, "screenshot looks empty: " + shot);
        workbench.capture(chart.chart().getParent(), "telemetry-chart");
    }

    @Test
    void chartExportsAPictureWithItsLegendAndTheVisibleDataAsCsv(@TempDir Path dir) throws Exception {
        DeviceNavigatorPart devices = workbench.part(DEVICES, DeviceNavigatorPart.class);
        TelemetryChartPart chart = workbench.part(CHART, TelemetryChartPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select("thermostat-05"), "the fleet never appeared");
        workbench.waitUntil(Duration.ofSeconds(20), () -> chart.plottedPoints() >= 5
                && chart.legendNames().contains("thermostat-05 Temperature"),
                "the chart of thermostat-05 never held 5 points with its legend entry");

        Path png = dir.resolve("chart.png");
        chart.exportPng(png);
        ImageData picture = new ImageLoader().load(png.toString())[0];
        Point plotted = chart.chart().getSize();
        assertEquals(plotted.x, picture.width);
        assertTrue(picture.height > plotted.y, "the legend is not under the chart in the PNG");
        assertTrue(hasColouredPixel(picture, plotted.y), "the legend strip of the PNG has no trace colour in it");

        Path csv = dir.resolve("visible.csv");
        chart.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("time,device,measurement,value,min,max,readings", lines.get(0));
        assertTrue(lines.size() > 5, "the CSV holds " + (lines.size() - 1) + " rows");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",thermostat-05,")), lines.get(1));
    }

    /** A pixel clearly in colour (not white, black or grey text) at or below row y. */
    private static boolean hasColouredPixel(ImageData picture, int y) {
        for (int row = y; row < picture.height; row++) {
            for (int x = 0; x < picture.width; x++) {
                RGB c = picture.palette.getRGB(picture.getPixel(x, row));
                if (Math.abs(c.red - c.green) + Math.abs(c.green - c.blue) + Math.abs(c.blue - c.red) > 120) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void injectedSpikeBecomesAnAlertRowForThatDevice() throws Exception {
        DeviceNavigatorPart devices = workbench.part(DEVICES, DeviceNavigatorPart.class);
        AlertsPart alerts = workbench.part(ALERTS, AlertsPart.class);
        workbench.waitUntil(Duration.ofSeconds(20), () -> devices.select("thermostat-11"), "the fleet never appeared");
        Instant clicked = Instant.now().minusSeconds(1);

        ToolItem spike = findToolItem(workbench.shell(), "Inject spike");
        assertNotNull(spike, "no 'Inject spike' button on the toolbar");
        workbench.waitUntil(Duration.ofSeconds(5), spike::isEnabled, "the spike button stays disabled with a device selected");
        spike.notifyListeners(SWT.Selection, new Event());

        IotAlert alert = workbench.waitFor(Duration.ofSeconds(30), () -> alerts.visibleAlerts().stream()
                .filter(a -> a.deviceId().equals("thermostat-11") && !a.time().isBefore(clicked)).findFirst()
                .orElse(null), "no alert row for thermostat-11 after the spike");
        assertEquals("Temperature", alert.measurement());
        assertTrue(alert.reading() > 70, "the alert should carry the spiking reading, was " + alert.reading());
        assertEquals(70.0, alert.threshold());
        assertTrue(alert.status() == AlertStatus.ACTIVE || alert.status() == AlertStatus.CLEARED);
        assertEquals(alerts.visibleAlerts().get(0).time(), alerts.visibleAlerts().stream().map(IotAlert::time)
                .max(Instant::compareTo).orElseThrow(), "alerts are not newest first");
        workbench.screenshot("alert-after-spike");
    }

    @Test
    void tenThousandAlertsLoadAndSortByAnyColumn() {
        AlertsPart alerts = workbench.part(ALERTS, AlertsPart.class);
        AlertStore store = workbench.service(AlertStore.class);
        Instant base = Instant.now().minusSeconds(7 * 24 * 3600);
        for (int i = 0; i < 10_000; i++) {
            String device = String.format("load-%05d", i);
            store.record(new Fault(Fault.tokenFor(device, "load-rule", 1, base.plusSeconds(i)), FaultKind.RAISED, device,
                    "Thermostat", "load-rule", 1, "Load test", "Temperature", 71 + i % 10, 70, Severity.LOW, "Test",
                    base.plusSeconds(i), "load", base.plusSeconds(i)));
        }
        workbench.waitUntil(Duration.ofSeconds(30), () -> alerts.visibleAlerts().size() >= 10_000,
                "the table never held the 10,000 recorded alerts");
        List<IotAlert> newestFirst = alerts.visibleAlerts();
        for (int i = 1; i < newestFirst.size(); i++) {
            assertTrue(!newestFirst.get(i).time().isAfter(newestFirst.get(i - 1).time()), "not newest first at row " + i);
        }

        Table table = alerts.table();
        TableColumn device = table.getColumn(1);
        device.notifyListeners(SWT.Selection, new Event());
        workbench.waitUntil(Duration.ofSeconds(10), () -> isSorted(alerts.visibleAlerts(), true),
                "clicking Device did not sort by device, descending first");
        device.notifyListeners(SWT.Selection, new Event());
        workbench.waitUntil(Duration.ofSeconds(10), () -> isSorted(alerts.visibleAlerts(), false),
                "a second click on Device did not reverse the order");
        assertEquals(SWT.UP, table.getSortDirection());
        table.setTopIndex(5_000);
        workbench.pause(Duration.ofMillis(300));
        assertEquals(alerts.visibleAlerts().get(5_000).deviceId(), table.getItem(5_000).getText(1),
                "a row far down the virtual table shows the wrong alert");
        table.getColumn(0).notifyListeners(SWT.Selection, new Event());
    }

    private static boolean isSorted(List<IotAlert> rows, boolean descending) {
        for (int i = 1; i < rows.size(); i++) {
            int c = rows.get(i - 1).deviceId().compareTo(rows.get(i).deviceId());
            if (descending ? c < 0 : c > 0) {
                return false;
            }
        }
        return rows.size() > 1;
    }

    @Test
    void statusLineReportsTheRunningEngine() {
        MToolControl control = (MToolControl) workbench.models.find("org.connectedservice.app.statusline",
                workbench.application);
        workbench.waitUntil(Duration.ofSeconds(10), () -> control.getObject() != null, "no status line");
        EngineStatusLine status = (EngineStatusLine) control.getObject();
        workbench.waitUntil(Duration.ofSeconds(20), () -> status.text().contains("running")
                && !status.text().contains(" 0.0 events/s"), "the status line never showed a running engine");
        assertTrue(status.text().contains("faults raised") && status.text().contains("outbox"), status.text());
    }

    @Test
    void aboutNamesTheVersion() {
        String about = AboutHandler.aboutText();
        assertTrue(about.matches("(?s)Connected Service Console \\d+\\.\\d+\\.\\d+.*"), about);
    }

    private static ToolItem findToolItem(Composite root, String text) {
        for (Control child : root.getChildren()) {
            if (child instanceof ToolBar bar) {
                ToolItem found = Arrays.stream(bar.getItems()).filter(i -> text.equals(i.getText())
                        || text.equals(i.getToolTipText())).findFirst().orElse(null);
                if (found != null) {
                    return found;
                }
            }
            if (child instanceof Composite c) {
                ToolItem found = findToolItem(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
