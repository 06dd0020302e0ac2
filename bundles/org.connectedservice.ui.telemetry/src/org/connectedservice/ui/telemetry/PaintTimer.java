package org.connectedservice.ui.telemetry;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Notes when the plot area starts painting: a display filter runs before SWTChart's own paint listener, so with the
 * painter's end time it gives the whole plot paint (background, grid, overlays, traces).
 */
final class PaintTimer implements Listener {

    private final Control plot;
    private long startNanos;

    PaintTimer(Control plot) {
        this.plot = plot;
        plot.getDisplay().addFilter(SWT.Paint, this);
        plot.addListener(SWT.Dispose, e -> plot.getDisplay().removeFilter(SWT.Paint, this));
    }

    @Override
    public void handleEvent(Event e) {
        if (e.widget == plot) {
            startNanos = System.nanoTime();
        }
    }

    /** Milliseconds from the last paint's start to endNanos, or -1 before the first paint. */
    double millisUntil(long endNanos) {
        return startNanos == 0 || endNanos < startNanos ? -1 : (endNanos - startNanos) / 1e6;
    }
}
