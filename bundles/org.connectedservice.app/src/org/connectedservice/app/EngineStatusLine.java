package org.connectedservice.app;

import java.util.Locale;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.connect.StoreLocation;
import org.connectedservice.core.connect.StoreStatus;
import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.ui.PeriodicRefresh;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status line: is the engine running, how fast, how many faults, how much waits in the outbox, and where the
 * stages run (embedded, or which hub and organization, with what waits to be mirrored to Dynamics).
 */
public class EngineStatusLine {

    @Inject
    private TelemetryIngestion engine;

    @Inject
    @Optional
    private ConnectionProfiles profiles;

    @Inject
    @Optional
    private DynamicsMirror mirror;

    @Inject
    @Optional
    private StoreLocation stores;

    private record Line(String text, String tooltip) {
    }

    private Label label;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        label = new Label(parent, SWT.NONE);
        label.setText(String.format("%-110s", "Engine starting..."));
        PeriodicRefresh.start("Reading engine state", label, 1000, this::read, line -> {
            label.setText(line.text());
            label.setToolTipText(line.tooltip());
            label.requestLayout();
        });
    }

    private Line read() {
        String where = profiles == null ? "" : "  |  " + where(profiles.active());
        String dynamics = mirror == null || profiles == null || profiles.active().dynamics() == null ? ""
                : "  |  " + mirror.status().summary();
        StoreStatus store = stores == null || profiles == null || profiles.active().sql() == null ? null
                : stores.status();
        String sql = store == null ? "" : "  |  " + store.summary();
        String tooltip = store == null || store.problem().isEmpty() ? null : store.problem();
        return new Line(format(engine.stats()) + where + dynamics + sql, tooltip);
    }

    static String where(ConnectionProfile profile) {
        if (profile.isEmbedded()) {
            return "Embedded";
        }
        StringBuilder text = new StringBuilder();
        profile.hub().ifPresent(hub -> text.append("IoT Hub ").append(hub.hostName()));
        profile.azureSql().ifPresent(sql -> text.append(text.isEmpty() ? "" : ", ").append("Azure SQL"));
        if (profile.dynamics() != null && text.isEmpty()) {
            text.append("Embedded engine");
        }
        return text.toString();
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
