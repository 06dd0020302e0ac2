package org.connectedservice.ui.telemetry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.series.ChartViewport;
import org.connectedservice.core.series.RangePreset;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The chart's controls: time range presets and custom range, zoom, pause, measurement filter, export, scrub slider. */
final class ChartToolbar {

    static final int SCRUB_STEPS = 100_000;

    private final TelemetryChart chart;
    private final Map<RangePreset, ToolItem> presets = new EnumMap<>(RangePreset.class);
    private final ToolItem pause;
    private final ToolItem measurements;
    private final Slider scrub;

    ChartToolbar(Composite parent, TelemetryChart chart) {
        this.chart = chart;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        row.setLayout(layout);
        ToolBar bar = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
        for (RangePreset preset : RangePreset.values()) {
            ToolItem item = item(bar, SWT.RADIO, preset.label(), "Show the last " + preset.label() + ", live");
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    chart.showPreset(preset);
                }
            });
            presets.put(preset, item);
        }
        item(bar, SWT.PUSH, "Custom...", "Show a fixed time range").addListener(SWT.Selection, e -> chooseRange());
        new ToolItem(bar, SWT.SEPARATOR);
        item(bar, SWT.PUSH, "Zoom in", "Zoom in (mouse wheel, Up or +)")
                .addListener(SWT.Selection, e -> chart.zoom(0.5, 0.5));
        item(bar, SWT.PUSH, "Zoom out", "Zoom out (mouse wheel, Down or -)")
                .addListener(SWT.Selection, e -> chart.zoom(2, 0.5));
        new ToolItem(bar, SWT.SEPARATOR);
        pause = item(bar, SWT.CHECK, "Pause",
                "Freeze the chart to study or scrub it (Space); uncheck to follow live again");
        pause.addListener(SWT.Selection, e -> chart.setPaused(pause.getSelection()));
        new ToolItem(bar, SWT.SEPARATOR);
        measurements = item(bar, SWT.DROP_DOWN, "Measurements", "Choose which measurements to chart");
        measurements.addListener(SWT.Selection, e -> openMeasurementMenu());
        new ToolItem(bar, SWT.SEPARATOR);
        item(bar, SWT.PUSH, "PNG...", "Save the chart as a PNG image")
                .addListener(SWT.Selection, e -> ChartExport.savePng(chart));
        item(bar, SWT.PUSH, "CSV...", "Save the visible data as CSV")
                .addListener(SWT.Selection, e -> ChartExport.saveCsv(chart));
        scrub = new Slider(row, SWT.HORIZONTAL);
        scrub.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scrub.setValues(SCRUB_STEPS, 0, SCRUB_STEPS + 1, 1, 1, SCRUB_STEPS / 100);
        scrub.setToolTipText("Scrub back in time, up to " + ChartViewport.SCRUB_EXTENT.toDays()
                + " days before pausing (pauses the chart)");
        scrub.addListener(SWT.Selection, e -> chart.scrubTo(scrub.getSelection() / (double) SCRUB_STEPS));
    }

    private void chooseRange() {
        CustomRangeDialog dialog = new CustomRangeDialog(scrub.getShell(), chart.visibleWindow(), chart.zone());
        if (dialog.open() == CustomRangeDialog.OK && dialog.chosen() != null) {
            chart.showRange(dialog.chosen());
        }
    }

    private static ToolItem item(ToolBar bar, int style, String text, String tooltip) {
        ToolItem item = new ToolItem(bar, style);
        item.setText(text);
        item.setToolTipText(tooltip);
        return item;
    }

    /** Shows the viewport's state: the preset in use, paused or live, the scrub position. */
    void sync(ChartViewport viewport) {
        for (Map.Entry<RangePreset, ToolItem> e : presets.entrySet()) {
            check(e.getValue(), e.getKey() == viewport.preset());
        }
        check(pause, !viewport.isLive());
        int position = (int) Math.round(viewport.scrubPosition() * SCRUB_STEPS);
        if (scrub.getSelection() != position) {
            scrub.setSelection(position);
        }
    }

    private static void check(ToolItem item, boolean selected) {
        if (item.getSelection() != selected) {
            item.setSelection(selected);
        }
    }

    private void openMeasurementMenu() {
        Menu menu = new Menu(measurements.getParent().getShell(), SWT.POP_UP);
        List<String> offered = chart.offeredMeasurements();
        if (offered.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText("No measurements yet");
            none.setEnabled(false);
        }
        for (String m : offered) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(m);
            item.setSelection(chart.isMeasurementShown(m));
            item.addListener(SWT.Selection, e -> chart.setMeasurementShown(m, item.getSelection()));
        }
        menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
        Rectangle bounds = measurements.getBounds();
        Point at = measurements.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(at);
        menu.setVisible(true);
    }
}
