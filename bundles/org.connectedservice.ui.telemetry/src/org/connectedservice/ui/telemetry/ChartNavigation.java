package org.connectedservice.ui.telemetry;

import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.series.TimeWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Takes the user from a row elsewhere (an alert, a case) to the chart: the device is picked in the navigator, the
 * chart comes to the front and holds still on the minutes around the moment, with the markers of that moment in view.
 */
public final class ChartNavigation {

    public static final String NAVIGATOR = "org.connectedservice.ui.telemetry.part.devices";
    public static final String CHART = "org.connectedservice.ui.telemetry.part.chart";
    static final Duration BEFORE = Duration.ofMinutes(10);
    static final Duration AFTER = Duration.ofMinutes(5);

    private ChartNavigation() {
    }

    /**
     * Shows the device around the time on the chart; returns why not (the device is not in the navigator's list, the
     * parts are closed) or "" when it is shown.
     */
    public static String showOnChart(EPartService parts, String deviceId, Instant time) {
        MPart navigatorPart = parts.findPart(NAVIGATOR);
        MPart chartPart = parts.showPart(CHART, PartState.ACTIVATE);
        if (navigatorPart == null || chartPart == null || !(navigatorPart.getObject() instanceof DeviceNavigatorPart
                navigator) || !(chartPart.getObject() instanceof TelemetryChartPart chart)) {
            return "The Devices and Telemetry parts are not open; reset the window layout to chart " + deviceId;
        }
        if (!navigator.select(deviceId)) {
            return deviceId + " is not in the device list, so it cannot be charted; register it or start its model"
                    + " in the simulator";
        }
        chart.setRange(around(time));
        return "";
    }

    static TimeWindow around(Instant time) {
        return new TimeWindow(time.minus(BEFORE).toEpochMilli(), time.plus(AFTER).toEpochMilli());
    }
}
