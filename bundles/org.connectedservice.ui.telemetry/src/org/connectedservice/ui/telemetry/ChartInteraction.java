package org.connectedservice.ui.telemetry;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse and keyboard on the plot area: the wheel zooms around the mouse, dragging pans (and so pauses), arrow keys
 * pan, Up/Down or +/- zoom, Space pauses or resumes, End goes live; hovering moves the crosshair and shows the
 * tooltip of the overlay under the mouse. The lines of a rule open for tuning come first (see
 * {@link TuningInteraction}).
 */
final class ChartInteraction {

    static final double WHEEL_ZOOM = 0.8;
    static final double KEY_PAN = 0.1;

    private final Control plot;
    private final TelemetryChart chart;
    private final TuningInteraction tuning;
    private int dragX = -1;
    private String tooltip = "";

    ChartInteraction(Control plot, TelemetryChart chart, TuningInteraction tuning) {
        this.plot = plot;
        this.chart = chart;
        this.tuning = tuning;
        plot.addListener(SWT.MouseMove, this::moved);
        plot.addListener(SWT.MouseExit, e -> chart.crosshairAt(-1, -1));
        plot.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                plot.setFocus();
                dragX = tuning.press(e) ? -1 : e.x;
            }
        });
        plot.addListener(SWT.MouseUp, e -> {
            dragX = -1;
            tuning.release();
        });
        plot.addListener(SWT.MouseDoubleClick, tuning::open);
        plot.addListener(SWT.MouseVerticalWheel, this::wheel);
        plot.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
        plot.addListener(SWT.KeyDown, e -> {
            if (!tuning.key(e)) {
                key(e);
            }
        });
        plot.addListener(SWT.KeyUp, e -> tuning.keyReleased());
    }

    private void moved(Event e) {
        int width = Math.max(1, plot.getSize().x);
        if (tuning.move(e)) {
            chart.crosshairAt(e.x, e.y);
            return;
        }
        if (dragX >= 0 && (e.stateMask & SWT.BUTTON1) != 0 && e.x != dragX) {
            chart.pan((dragX - e.x) / (double) width);
            dragX = e.x;
        }
        chart.crosshairAt(e.x, e.y);
        String text = chart.overlayAt(e.x, e.y);
        if (!text.equals(tooltip)) {
            tooltip = text;
            plot.setToolTipText(text.isEmpty() ? null : text);
        }
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        double anchor = e.x / (double) Math.max(1, plot.getSize().x);
        chart.zoom(e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, anchor);
        e.doit = false;
    }

    private void key(Event e) {
        double pan = (e.stateMask & SWT.SHIFT) != 0 ? 5 * KEY_PAN : KEY_PAN;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> chart.pan(-pan);
            case SWT.ARROW_RIGHT -> chart.pan(pan);
            case SWT.ARROW_UP, SWT.KEYPAD_ADD -> chart.zoom(0.5, 0.5);
            case SWT.ARROW_DOWN, SWT.KEYPAD_SUBTRACT -> chart.zoom(2, 0.5);
            case SWT.END -> chart.setPaused(false);
            default -> {
                if (e.character == '+') {
                    chart.zoom(0.5, 0.5);
                } else if (e.character == '-') {
                    chart.zoom(2, 0.5);
                } else if (e.character == ' ') {
                    chart.setPaused(chart.isLive());
                }
            }
        }
    }
}
