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

    /** Renders the whole chart (title, axes, legend, plot) off screen into a PNG file. */
    static void png(TelemetryChart chart, Path file) {
        chart.chart().save(file.toString(), SWT.IMAGE_PNG);
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
