package org.connectedservice.ui.telemetry;

import java.time.ZoneId;

import org.connectedservice.core.series.ChartFrame;
import org.connectedservice.core.series.ChartReadout;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The line under the chart: the crosshair's exact values while the mouse is over the plot, otherwise why data may
 * be missing (if so) and how to drive the chart.
 */
final class ReadoutLine {

    static final String HINT = "Wheel or +/- zooms, drag or arrow keys pan, Space pauses; hover for exact values";

    private final Label label;
    private final ZoneId zone;

    ReadoutLine(Composite parent, ZoneId zone) {
        this.zone = zone;
        label = new Label(parent, SWT.NONE);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.horizontalIndent = 6;
        label.setLayoutData(layout);
        label.setText(HINT);
    }

    /** Shows the readout for the crosshair at plot x (none when x < 0 or nothing is drawn yet) and returns it. */
    String show(ChartScene scene, ChartFrame latest, int x) {
        String text;
        if (scene != null && x >= 0) {
            text = ChartReadout.crosshair(scene.frame(), scene.projection().timeAt(x), zone);
        } else {
            text = latest == null || latest.note().isEmpty() ? HINT : latest.note() + ". " + HINT;
        }
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.setToolTipText(text);
        }
        return text;
    }
}
