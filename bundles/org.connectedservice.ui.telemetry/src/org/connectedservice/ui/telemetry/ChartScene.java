package org.connectedservice.ui.telemetry;

import java.util.List;

import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.series.ChartFrame;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.graphics.Color;

/**
 * What the plot area paints now: a loaded frame, projected for the window and size on screen (which may have moved
 * since the frame was loaded), each trace's colour, the commands sent to the charted devices in the window, the
 * cases and work orders made for them in the window, and the crosshair position (x < 0 when the mouse is not over
 * the plot).
 */
public record ChartScene(ChartFrame frame, TraceProjection projection, List<int[]> polylines, List<Color> colors,
        List<CommandRecord> commands, List<ServiceRecord> services, int crosshairX, int crosshairY) {

    public ChartScene withCrosshair(int x, int y) {
        return new ChartScene(frame, projection, polylines, colors, commands, services, x, y);
    }
}
