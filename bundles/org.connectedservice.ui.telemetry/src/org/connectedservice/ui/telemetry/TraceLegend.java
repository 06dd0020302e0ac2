package org.connectedservice.ui.telemetry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The chart's legend: one entry per trace (a line in the trace's colour and its name), wrapped into rows under the
 * plot. It is drawn into an image once when its entries or its width change and copied on every paint after that:
 * SWTChart's own legend measured and drew its twenty texts through Pango on every layout and repaint of the chart,
 * a fifth of a frame's time while panning.
 */
final class TraceLegend {

    private static final int LINE = 18;
    private static final int GAP = 4;
    private static final int SPACING = 14;
    private static final int MARGIN = 4;

    private final Canvas canvas;
    private final CairoLayer cairo = CairoLayer.find();
    private List<String> names = List.of();
    private List<Color> colors = List.of();
    private Image image;
    private int heightShown;

    TraceLegend(Composite parent) {
        canvas = new Canvas(parent, SWT.NO_BACKGROUND);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        layout.heightHint = 0;
        canvas.setLayoutData(layout);
        canvas.addListener(SWT.Paint, e -> {
            Point size = canvas.getSize();
            if (image == null || image.getBounds().width != size.x || image.getBounds().height != size.y) {
                render(size);
            }
            if (cairo == null || !cairo.paint(e.gc, image, size.x, size.y)) {
                e.gc.drawImage(image, 0, 0);
            }
        });
        canvas.addListener(SWT.Resize, e -> fitHeight());
        canvas.addListener(SWT.Dispose, e -> forgetImage());
    }

    /** Shows these entries; nothing is measured or drawn again when they are the ones shown. */
    void show(List<String> entryNames, List<Color> entryColors) {
        if (entryNames.equals(names) && entryColors.equals(colors)) {
            return;
        }
        names = List.copyOf(entryNames);
        colors = List.copyOf(entryColors);
        forgetImage();
        fitHeight();
        canvas.redraw();
    }

    /** The names shown, in order. */
    List<String> names() {
        return names;
    }

    Canvas control() {
        return canvas;
    }

    /** Rows of entries as x positions, wrapped to the width. */
    private List<int[]> rows(GC gc, int width) {
        List<int[]> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        int x = MARGIN;
        for (String name : names) {
            int w = LINE + GAP + gc.textExtent(name).x;
            if (!row.isEmpty() && x + w > width - MARGIN) {
                rows.add(row.stream().mapToInt(Integer::intValue).toArray());
                row.clear();
                x = MARGIN;
            }
            row.add(x);
            x += w + SPACING;
        }
        if (!row.isEmpty()) {
            rows.add(row.stream().mapToInt(Integer::intValue).toArray());
        }
        return rows;
    }

    /** Makes the canvas as tall as its rows at its width, and lays the chart out again when that changed. */
    private void fitHeight() {
        int width = canvas.getSize().x;
        if (width <= 0) {
            width = canvas.getParent().getClientArea().width;
        }
        int height = 0;
        if (!names.isEmpty() && width > 0) {
            GC gc = new GC(canvas);
            try {
                height = rows(gc, width).size() * rowHeight(gc) + 2 * MARGIN;
            } finally {
                gc.dispose();
            }
        }
        if (height != heightShown) {
            heightShown = height;
            ((GridData) canvas.getLayoutData()).heightHint = height;
            canvas.requestLayout();
        }
    }

    private void render(Point size) {
        forgetImage();
        image = CairoLayer.imageSurface(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getBackground());
            gc.fillRectangle(0, 0, size.x, size.y);
            gc.setFont(canvas.getFont());
            gc.setForeground(canvas.getForeground());
            int rowHeight = rowHeight(gc);
            int entry = 0;
            int y = MARGIN;
            for (int[] row : rows(gc, size.x)) {
                for (int x : row) {
                    gc.setForeground(colors.get(entry));
                    gc.setLineWidth(2);
                    gc.drawLine(x, y + rowHeight / 2, x + LINE, y + rowHeight / 2);
                    gc.setForeground(canvas.getForeground());
                    gc.drawText(names.get(entry), x + LINE + GAP, y, true);
                    entry++;
                }
                y += rowHeight;
            }
        } finally {
            gc.dispose();
        }
    }

    private static int rowHeight(GC gc) {
        return gc.getFontMetrics().getHeight() + 2;
    }

    private void forgetImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
