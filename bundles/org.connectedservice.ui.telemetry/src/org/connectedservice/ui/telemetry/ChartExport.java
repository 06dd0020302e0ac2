package org.connectedservice.ui.telemetry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.connectedservice.core.series.ChartFrame;
import org.connectedservice.core.series.VisibleDataCsv;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Saves the chart as a PNG image and the visible data as CSV, to files the user picks. */
final class ChartExport {

    private ChartExport() {
    }

    static void savePng(TelemetryChart chart) {
        Path file = ask(chart, "png");
        if (file != null) {
            try {
                png(chart, file);
            } catch (SWTException e) {
                failed(chart, file, e.getMessage());
            }
        }
    }

    static void saveCsv(TelemetryChart chart) {
        Path file = ask(chart, "csv");
        if (file != null) {
            try {
                csv(chart, file);
            } catch (IOException e) {
                failed(chart, file, e.getMessage());
            }
        }
    }

    /** Renders the chart (title, axes, plot) with its legend under it off screen into a PNG file. */
    static void png(TelemetryChart chart, Path file) {
        Control plotted = chart.chart();
        Control legend = chart.legend();
        Point top = plotted.getSize();
        Point bottom = legend.getSize();
        Display display = plotted.getDisplay();
        Image image = new Image(display, Math.max(1, top.x), Math.max(1, top.y + bottom.y));
        try {
            GC gc = new GC(image);
            try {
                plotted.print(gc);
                if (bottom.x > 0 && bottom.y > 0) {
                    Image names = new Image(display, bottom.x, bottom.y);
                    GC namesGc = new GC(names);
                    try {
                        legend.print(namesGc);
                    } finally {
                        namesGc.dispose();
                    }
                    gc.drawImage(names, 0, top.y);
                    names.dispose();
                }
            } finally {
                gc.dispose();
            }
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] { image.getImageData() };
            png.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    /** Writes the points the chart shows now, inside the visible window. */
    static void csv(TelemetryChart chart, Path file) throws IOException {
        ChartFrame frame = chart.shownFrame();
        if (frame == null) {
            throw new IOException("the chart has no data yet: pick a device and wait for its readings");
        }
        VisibleDataCsv.write(file, frame.traces(), chart.visibleWindow());
    }

    private static Path ask(TelemetryChart chart, String extension) {
        FileDialog dialog = new FileDialog(chart.control().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName("telemetry-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private static void failed(TelemetryChart chart, Path file, String why) {
        Shell shell = chart.control().getShell();
        MessageDialog.openError(shell, "Export failed", "Could not write " + file + ": " + why
                + "\nPick another folder or file name and try again.");
    }
}
