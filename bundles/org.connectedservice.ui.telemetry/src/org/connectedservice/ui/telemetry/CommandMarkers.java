package org.connectedservice.ui.telemetry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.CommandService;
import org.connectedservice.core.devices.CommandStatus;
import org.connectedservice.core.devices.EffectStatus;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * Command markers: every command sent to a charted device inside the window, drawn as a small flag on each of that
 * device's traces at the moment it was sent, coloured by how it ended, with the command, user, status, response and
 * effect check as its tooltip.
 */
final class CommandMarkers {

    /** Commands asked per device and load; a window rarely holds more, and the newest are the ones kept. */
    static final int PER_DEVICE = 500;
    static final int SIZE = 5;
    private static final Color PENDING = new Color(90, 90, 160);
    private static final Color SUCCEEDED = new Color(30, 150, 60);
    private static final Color FAILED = new Color(200, 30, 30);
    private static final Color OUTLINE = new Color(0, 0, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CommandMarkers() {
    }

    /** Runs in the chart's background job. */
    static List<CommandRecord> load(CommandService service, List<Device> devices, TimeWindow window) {
        if (service == null) {
            return List.of();
        }
        List<CommandRecord> shown = new ArrayList<>();
        for (Device d : devices) {
            for (CommandRecord c : service.historyOfDevice(d.id(), PER_DEVICE)) {
                if (window.contains(c.time().toEpochMilli())) {
                    shown.add(c);
                }
            }
        }
        shown.sort(Comparator.comparing(CommandRecord::time));
        return List.copyOf(shown);
    }

    /** Where a command's flags go: one per trace of its device, at the trace's value nearest the command's time. */
    static List<int[]> anchors(CommandRecord c, TraceProjection p, List<ColumnTrace> traces) {
        List<int[]> at = new ArrayList<>();
        long time = c.time().toEpochMilli();
        int x = p.x(time);
        for (ColumnTrace t : traces) {
            if (!t.key().deviceId().equals(c.deviceId())) {
                continue;
            }
            int i = t.nearestIndex(time);
            int y = i < 0 ? p.height() - 1 : p.y((t.mins()[i] + t.maxs()[i]) / 2);
            at.add(new int[] { x, y });
        }
        if (at.isEmpty()) {
            at.add(new int[] { x, p.height() - 1 });
        }
        return at;
    }

    static void draw(GC gc, TraceProjection p, List<ColumnTrace> traces, List<CommandRecord> commands) {
        for (CommandRecord c : commands) {
            gc.setBackground(color(c));
            gc.setForeground(OUTLINE);
            for (int[] a : anchors(c, p, traces)) {
                int x = a[0];
                int top = a[1] - 4 * SIZE;
                int side = side(x, p) * 2 * SIZE;
                gc.drawLine(x, a[1], x, top);
                int[] flag = { x, top, x + side, top + SIZE, x, top + 2 * SIZE };
                gc.fillPolygon(flag);
                gc.drawPolygon(flag);
            }
        }
    }

    /** Which way a flag at x points: right, or left when it would leave the plot (a command just sent). */
    static int side(int x, TraceProjection p) {
        return x + 2 * SIZE + 2 >= p.width() ? -1 : 1;
    }

    /** A point inside the flag of an anchor, where its tooltip shows. */
    static int[] flagCentre(int[] anchor, TraceProjection p) {
        return new int[] { anchor[0] + side(anchor[0], p) * SIZE, anchor[1] - 3 * SIZE };
    }

    /** The tooltip of the command flag at (x, y), or "". */
    static String at(List<CommandRecord> commands, TraceProjection p, List<ColumnTrace> traces, int x, int y,
            ZoneId zone) {
        for (CommandRecord c : commands) {
            for (int[] a : anchors(c, p, traces)) {
                int[] centre = flagCentre(a, p);
                boolean onFlag = Math.abs(x - centre[0]) <= SIZE + 2 && Math.abs(y - centre[1]) <= SIZE + 2;
                boolean onStem = Math.abs(x - a[0]) <= 2 && y >= a[1] - 4 * SIZE && y <= a[1] + 2;
                if (onFlag || onStem) {
                    return describe(c, zone);
                }
            }
        }
        return "";
    }

    static String describe(CommandRecord c, ZoneId zone) {
        StringBuilder text = new StringBuilder("Command ").append(c.command()).append(" to ").append(c.deviceId())
                .append(" by ").append(c.user() == null || c.user().isBlank() ? "unknown user" : c.user())
                .append(" at ").append(TIME.format(c.time().atZone(zone))).append(": ").append(c.status().label());
        if (!c.response().isBlank()) {
            text.append(" (").append(c.response()).append(')');
        }
        if (c.effect() != EffectStatus.NONE) {
            text.append("; effect check ").append(c.effect().label());
            if (!c.effectDetail().isBlank()) {
                text.append(": ").append(c.effectDetail());
            }
        }
        return text.toString();
    }

    private static Color color(CommandRecord c) {
        if (c.status() == CommandStatus.FAILED || c.status() == CommandStatus.TIMED_OUT
                || c.effect() == EffectStatus.FAILED) {
            return FAILED;
        }
        return c.status() == CommandStatus.SUCCEEDED ? SUCCEEDED : PENDING;
    }
}
