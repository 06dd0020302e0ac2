package org.connectedservice.ui.rules.internal;

import java.time.Clock;
import java.util.concurrent.Executor;

import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.ui.rules.ThresholdTuning;
import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.annotation.PreDestroy;

/**
 * Makes a window's rules session the first time anything in the window asks for it (the Rules part, or the chart
 * wanting {@link ThresholdTuning}), and keeps it in the window's context, so the chart
 * can tune a threshold whether or not the Rules part was opened yet. e4 takes one key per context function, so the
 * editor's own classes ask for ThresholdTuning too, and get the session behind it.
 */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY
        + "=org.connectedservice.ui.rules.ThresholdTuning")
public class RulesSessionFunction extends ContextFunction {

    /** Closes the session with the window's context. */
    static final class Closer {
        private final RulesSession session;

        Closer(RulesSession session) {
            this.session = session;
        }

        @PreDestroy
        void close() throws Exception {
            session.close();
        }
    }

    @Reference
    private RulesRepository repository;

    @Reference
    private Backtester backtester;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TelemetryHistory history;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile LiveTelemetry live;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AlertStore alerts;

    @Override
    public Object compute(IEclipseContext context, String contextKey) {
        MWindow window = context.get(MWindow.class);
        IEclipseContext home = window != null && window.getContext() != null ? window.getContext() : context;
        RulesSession session = (RulesSession) home.getLocal(RulesSession.class.getName());
        if (session == null) {
            UISynchronize sync = home.get(UISynchronize.class);
            Executor ui = sync == null ? Runnable::run : sync::asyncExec;
            Clock clock = Clock.systemUTC();
            ReadingSource readings = new ReadingSource(() -> history, () -> live, () -> registry, clock);
            session = new RulesSession(new SessionServices(repository, backtester, readings, () -> alerts, clock,
                    System.getProperty("user.name", "console")), JobWorker.factory(), ui);
            home.set(RulesSession.class, session);
            home.set(ThresholdTuning.class, session);
            ContextInjectionFactory.inject(new Closer(session), home);
        }
        return session;
    }
}
