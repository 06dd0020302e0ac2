package org.connectedservice.cli.internal;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Equinox application org.connectedservice.cli.headless that ./console starts for replay, backtest and
 * scenario. It only connects the commands to the framework; the exit code it returns becomes the process's.
 */
public final class HeadlessApplication implements IApplication {

    static final Duration SERVICE_WAIT = Duration.ofSeconds(30);

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        try (OsgiConsoleServices services = new OsgiConsoleServices(
                FrameworkUtil.getBundle(HeadlessApplication.class).getBundleContext(), SERVICE_WAIT)) {
            int code = new Cli(services, Clock.systemUTC()).run(args, System.out, System.err);
            System.out.flush();
            System.err.flush();
            return Integer.valueOf(code);
        }
    }

    @Override
    public void stop() {
        // a command runs to its end on the calling thread; there is nothing to interrupt
    }
}
