package org.connectedservice.ui.telemetry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.connectedservice.core.cases.CaseService;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.series.ColumnTrace;
import org.connectedservice.core.series.TimeWindow;
import org.connectedservice.core.series.TraceProjection;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * Case and work-order markers: each case opened and work order made for a charted device inside the window, on each
 * of that device's traces at the moment it was made, hanging below the trace (command flags stand above it, alert
 * diamonds sit on it): a square for a case, a triangle one step lower for a work order; grey once resolved or
 * completed. The tooltip gives id, title or type, status and user.
 */
final class ServiceMarkers {

    static final int SIZE = 5;
    private static final int CASE_DROP = 3 * SIZE;
    private static final int WORK_ORDER_DROP = 6 * SIZE;
    private static final Color CASE_OPEN = new Color(0, 128, 128);
    private static final Color WORK_ORDER_OPEN = new Color(130, 70, 180);
    private static final Color DONE = new Color(150, 150, 150);
    private static final Color OUTLINE = new Color(0, 0, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ServiceMarkers() {
    }

    /** Runs in the chart's background job. */
    static List<ServiceRecord> load(CaseService service, List<Device> devices, TimeWindow window) {
        if (service == null) {
            return List.of();
        }
        List<ServiceRecord> shown = new ArrayList<>();
        for (Device d : devices) {
            shown.addAll(service.ofDevice(d.id(), Instant.ofEpochMilli(window.from()),
                    Instant.ofEpochMilli(window.to() + 1)));
        }
        shown.sort(Comparator.comparing(ServiceRecord::created));
        return List.copyOf(shown);
    }

    /** Where a record's markers hang from: one point per trace of its device, at its value nearest the time. */
    static List<int[]> anchors(ServiceRecord r, TraceProjection p, List<ColumnTrace> traces) {
        List<int[]> at = new ArrayList<>();
        long time = r.created().toEpochMilli();
        int x = p.x(time);
        for (ColumnTrace t : traces) {
            if (!t.key().deviceId().equals(r.deviceId())) {
                continue;
            }
            int i = t.nearestIndex(time);
            int y = i < 0 ? 0 : p.y((t.mins()[i] + t.maxs()[i]) / 2);
            at.add(new int[] { x, y });
        }
        if (at.isEmpty()) {
            at.add(new int[] { x, 0 });
        }
        return at;
    }

    /** The centre of the marker of an anchor: below the trace, or above it when below would leave the plot. */
    static int[] centre(ServiceRecord r, int[] anchor, TraceProjection p) {
        int drop = r instanceof ServiceCase ? CASE_DROP : WORK_ORDER_DROP;
        int below = anchor[1] + drop;
        return new int[] { anchor[0], below + SIZE + 1 < p.height() ? below : anchor[1] - drop };
    }

    static void draw(GC gc, TraceProjection p, List<ColumnTrace> traces, List<ServiceRecord> records) {
        for (ServiceRecord r : records) {
            gc.setBackground(color(r));
            gc.setForeground(OUTLINE);
            for (int[] a : anchors(r, p, traces)) {
                int[] c = centre(r, a, p);
                gc.drawLine(a[0], a[1], c[0], c[1]);
                int[] shape = r instanceof ServiceCase
                        ? new int[] { c[0] - SIZE, c[1] - SIZE, c[0] + SIZE, c[1] - SIZE, c[0] + SIZE, c[1] + SIZE,
                                c[0] - SIZE, c[1] + SIZE }
                        : new int[] { c[0], c[1] - SIZE - 1, c[0] + SIZE + 1, c[1] + SIZE, c[0] - SIZE - 1,
                                c[1] + SIZE };
                gc.fillPolygon(shape);
                gc.drawPolygon(shape);
            }
        }
    }

    /** The tooltip of the case or work-order marker at (x, y), or "". */
    static String at(List<ServiceRecord> records, TraceProjection p, List<ColumnTrace> traces, int x, int y,
            ZoneId zone) {
        for (ServiceRecord r : records) {
            for (int[] a : anchors(r, p, traces)) {
                int[] c = centre(r, a, p);
                if (Math.abs(x - c[0]) <= SIZE + 1 && Math.abs(y - c[1]) <= SIZE + 1) {
                    return describe(r, zone);
                }
            }
        }
        return "";
    }

    static String describe(ServiceRecord r, ZoneId zone) {
        String by = " by " + (r.createdBy().isBlank() ? "unknown user" : r.createdBy()) + " at "
                + TIME.format(r.created().atZone(zone)) + ": ";
        return switch (r) {
            case ServiceCase c -> "Case " + c.id() + " \"" + c.title() + "\" for " + c.deviceId() + by
                    + c.status().label() + ", " + c.priority().label() + " priority"
                    + (c.resolution().isBlank() ? "" : "; " + c.resolution());
            case WorkOrder w -> "Work order " + w.id() + " " + w.type() + " for case " + w.caseId() + " on "
                    + w.deviceId() + by + w.status().label() + (w.instructions().isBlank() ? "" : "; "
                            + w.instructions());
        };
    }

    private static Color color(ServiceRecord r) {
        return switch (r) {
            case ServiceCase c -> c.status() == CaseStatus.RESOLVED ? DONE : CASE_OPEN;
            case WorkOrder w -> w.status() == WorkOrderStatus.COMPLETED ? DONE : WORK_ORDER_OPEN;
        };
    }
}
