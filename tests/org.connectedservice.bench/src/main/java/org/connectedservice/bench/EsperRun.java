package org.connectedservice.bench;

import java.util.Map;

import org.connectedservice.core.model.Reading;

import com.espertech.esper.common.client.EPCompiled;
import com.espertech.esper.common.client.EventBean;
import com.espertech.esper.common.client.configuration.Configuration;
import com.espertech.esper.compiler.client.CompilerArguments;
import com.espertech.esper.compiler.client.EPCompileException;
import com.espertech.esper.compiler.client.EPCompilerProvider;
import com.espertech.esper.runtime.client.DeploymentOptions;
import com.espertech.esper.runtime.client.EPDeployException;
import com.espertech.esper.runtime.client.EPDeployment;
import com.espertech.esper.runtime.client.EPEventService;
import com.espertech.esper.runtime.client.EPRuntime;
import com.espertech.esper.runtime.client.EPRuntimeProvider;
import com.espertech.esper.runtime.client.EPStatement;

/**
 * Esper 8.9 over the same stream, with the scenario's EPL: object-array events (deviceId, ts, temp), external
 * event-time clock advanced once per second of readings, one deployment per rule from one compiled statement.
 * Compiling and deploying are not timed; the first readings warm the JIT up and are not timed either.
 */
final class EsperRun {

    final FaultSet faults = new FaultSet();
    long timedEvents;
    long timedNanos;

    static EsperRun run(Scenario scenario, int rules, Reading[] stream, int warmup) {
        Configuration configuration = new Configuration();
        configuration.getCommon().addEventType("Reading", new String[] { "deviceId", "ts", "temp" },
                new Object[] { String.class, long.class, double.class });
        configuration.getRuntime().getThreading().setInternalTimerEnabled(false);
        configuration.getCompiler().getByteCode().setAccessModifiersPublic();
        EPRuntime runtime = EPRuntimeProvider.getRuntime("bench-" + scenario.code + "-" + System.nanoTime(),
                configuration);
        try {
            runtime.getEventService().advanceTime(stream[0].time().toEpochMilli());
            EsperRun run = new EsperRun();
            EPDeployment base = runtime.getDeploymentService().deploy(compile(scenario.esperBase(), configuration,
                    runtime));
            for (EPStatement statement : base.getStatements()) {
                if ("raised".equals(statement.getName())) {
                    statement.addListener((added, removed, s, r) -> run.collect(added, true));
                } else if ("cleared".equals(statement.getName())) {
                    statement.addListener((added, removed, s, r) -> run.collect(added, false));
                }
            }
            EPCompiled rule = compile(scenario.esperRule(), configuration, runtime);
            for (int i = 0; i < rules; i++) {
                Map<String, Object> parameters = scenario.parameters(i);
                DeploymentOptions options = new DeploymentOptions();
                options.setStatementSubstitutionParameter(p -> parameters.forEach(p::setObject));
                runtime.getDeploymentService().deploy(rule, options);
            }
            run.feed(runtime.getEventService(), stream, warmup);
            return run;
        } catch (EPDeployException e) {
            throw new IllegalStateException("Esper would not deploy scenario " + scenario.code + ": " + e.getMessage(),
                    e);
        } finally {
            runtime.destroy();
        }
    }

    private static EPCompiled compile(String epl, Configuration configuration, EPRuntime runtime) {
        CompilerArguments arguments = new CompilerArguments(configuration);
        arguments.getPath().add(runtime.getRuntimePath());
        try {
            return EPCompilerProvider.getCompiler().compile(epl, arguments);
        } catch (EPCompileException e) {
            throw new IllegalStateException("Esper would not compile: " + e.getMessage() + "\n" + epl, e);
        }
    }

    private void feed(EPEventService events, Reading[] stream, int warmup) {
        long second = Long.MIN_VALUE;
        long started = 0;
        for (int i = 0; i < stream.length; i++) {
            if (i == warmup) {
                started = System.nanoTime();
            }
            Reading reading = stream[i];
            long time = reading.time().toEpochMilli();
            if (time != second) {
                events.advanceTime(time);
                second = time;
            }
            events.sendEventObjectArray(new Object[] { reading.deviceId(), time,
                    reading.values().get(TelemetryStream.MEASUREMENT) }, "Reading");
        }
        timedNanos = System.nanoTime() - started;
        timedEvents = stream.length - warmup;
    }

    private void collect(EventBean[] events, boolean raised) {
        if (events == null) {
            return;
        }
        for (EventBean event : events) {
            if (raised || Boolean.TRUE.equals(event.get("hot"))) {
                faults.add(raised, (String) event.get("deviceId"), (String) event.get("ruleId"),
                        (Long) event.get("since"), (Long) event.get("ts"));
            }
        }
    }

    double eventsPerSecond() {
        return timedEvents / (timedNanos / 1e9);
    }
}
