package org.connectedservice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The mouse and keyboard. Moves are posted to the display (XTest under Xvfb), so they reach a control through the
 * same path a user's hand does, cursor included. Button presses, releases and keys are sent to the control itself:
 * under Xvfb without a window manager, GTK reports XTest's button events at the shell's origin instead of where the
 * pointer is, and keys go to whichever window the X server thinks has the focus.
 */
final class Pointer {

    private final Workbench workbench;

    Pointer(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * Moves the pointer to (x, y) of the control, and waits until the control heard it there. A pointer entering a
     * window first reports the crossing, not the motion, so a move that was not heard is posted again.
     */
    void moveTo(Control control, int x, int y) {
        int[] heard = { Integer.MIN_VALUE, Integer.MIN_VALUE };
        Listener listener = e -> {
            heard[0] = e.x;
            heard[1] = e.y;
        };
        control.addListener(SWT.MouseMove, listener);
        try {
            for (int attempt = 0; attempt < 3 && (heard[0] != x || heard[1] != y); attempt++) {
                post(SWT.MouseMove, control.toDisplay(x, y));
                long deadline = System.nanoTime() + 1_000_000_000L;
                while (System.nanoTime() < deadline && (heard[0] != x || heard[1] != y)) {
                    workbench.pause(Duration.ofMillis(20));
                }
                if (heard[0] != x || heard[1] != y) {
                    post(SWT.MouseMove, control.toDisplay(x + 1, y + 1));
                    workbench.pause(Duration.ofMillis(50));
                }
            }
            assertTrue(heard[0] == x && heard[1] == y, "the control never heard the pointer at " + x + "," + y
                    + " (last heard at " + heard[0] + "," + heard[1] + ")");
        } finally {
            control.removeListener(SWT.MouseMove, listener);
        }
    }

    /** The left button pressed or released at the pointer, as the control under it hears it. */
    private void button(Control control, int type, int x, int y) {
        Event e = new Event();
        e.type = type;
        e.button = 1;
        e.x = x;
        e.y = y;
        e.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
        control.notifyListeners(type, e);
        workbench.pause(Duration.ofMillis(20));
    }

    /** Presses the left button where the pointer is, moves it to (x, toY) in steps, and releases it there. */
    void drag(Control control, int x, int fromY, int toY, int steps) {
        moveTo(control, x, fromY);
        button(control, SWT.MouseDown, x, fromY);
        for (int i = 1; i <= steps; i++) {
            moveTo(control, x, fromY + (toY - fromY) * i / steps);
            workbench.pause(Duration.ofMillis(15));
        }
        button(control, SWT.MouseUp, x, toY);
    }

    /** Presses and releases a key (an SWT key code such as SWT.ARROW_UP) on a control, which takes the focus. */
    void key(Control focused, int keyCode) {
        focused.setFocus();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event e = new Event();
            e.type = type;
            e.keyCode = keyCode;
            focused.notifyListeners(type, e);
            workbench.pause(Duration.ofMillis(20));
        }
    }

    private void post(int type, Point at) {
        Event e = new Event();
        e.type = type;
        e.x = at.x;
        e.y = at.y;
        assertTrue(workbench.display.post(e), "the display refused to post the event (no XTest?)");
    }
}
