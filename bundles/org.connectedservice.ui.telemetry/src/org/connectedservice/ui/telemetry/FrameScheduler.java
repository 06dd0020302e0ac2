package org.connectedservice.ui.telemetry;

import org.eclipse.swt.widgets.Control;

/**
 * Coalesces redraw requests into at most one frame per {@link #FRAME_MILLIS}: a request only marks the chart dirty,
 * and a single pending timerExec draws whatever is current when it fires. UI thread only.
 */
final class FrameScheduler {

    static final int FRAME_MILLIS = 33;

    private final Control owner;
    private final Runnable frame;
    private boolean dirty;
    private boolean scheduled;
    private long lastFrameNanos;
    private int frames;

    FrameScheduler(Control owner, Runnable frame) {
        this.owner = owner;
        this.frame = frame;
    }

    void request() {
        if (owner.isDisposed()) {
            return;
        }
        dirty = true;
        if (scheduled) {
            return;
        }
        scheduled = true;
        long sinceLast = (System.nanoTime() - lastFrameNanos) / 1_000_000;
        int wait = (int) Math.max(0, Math.min(FRAME_MILLIS, FRAME_MILLIS - sinceLast));
        owner.getDisplay().timerExec(wait, this::run);
    }

    private void run() {
        scheduled = false;
        if (!dirty || owner.isDisposed()) {
            return;
        }
        dirty = false;
        lastFrameNanos = System.nanoTime();
        frames++;
        frame.run();
    }

    /** How many frames ran so far; requests in between are folded into them. */
    int frames() {
        return frames;
    }
}
