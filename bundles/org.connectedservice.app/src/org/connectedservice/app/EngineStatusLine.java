package org.connectedservice.app;

import java.util.Locale;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The status line: is the engine running, how fast, how many faults, and how much waits in the outbox. */
public class EngineStatusLine {

    @Inject
    private TelemetryIngestion engine;

    private Label label;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        label = new Label(parent, SWT.NONE);
        label.setText(String.format("%-110s", "Engine starting..."));
        PeriodicRefresh.start("Reading engine state", label, 1000, engine::stats, stats -> {
            label.setText(format(stats));
            label.requestLayout();
        });
    }

    static String format(EngineStats s) {
        return String.format(Locale.ROOT, "Engine %s  |  %.1f events/s  |  %,d readings  |  %,d faults raised  |  outbox %,d%s",
                s.running() ? "running" : "stopped", s.eventsPerSecond(), s.readings(), s.faultsRaised(),
                s.outboxDepth(), s.rejected() > 0 ? "  |  " + s.rejected() + " rejected" : "");
    }

    /** What the status line says now. */
    public String text() {
        return label.getText();
    }
}
