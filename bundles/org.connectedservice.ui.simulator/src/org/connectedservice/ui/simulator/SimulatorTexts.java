package org.connectedservice.ui.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.connectedservice.core.simulation.DeviceState;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.SimulationFileException;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.core.simulation.SimulatorRunState;

/** The words the simulator view shows; kept apart from the widgets so they read the same everywhere. */
final class SimulatorTexts {

    static final String PASS = "pass";
    static final String FAIL = "fail";

    private static final DateTimeFormatter SIMULATED_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SimulatorTexts() {
    }

    static String runStatus(SimulatorRunState state, double speed, Instant simulatedTime) {
        String name = switch (state) {
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case STOPPED -> "Stopped";
        };
        String time = simulatedTime == null ? "" : ", simulated " + SIMULATED_TIME.format(simulatedTime);
        return String.format(Locale.ROOT, "%s at %.1fx%s", name, speed, time);
    }

    static String counters(SimulatorCounters counters) {
        return String.format(Locale.ROOT, "%,d messages, %.1f/s, %,d errors", counters.messagesSent(),
                counters.messagesPerSecond(), counters.errors());
    }

    static String state(DeviceState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String faults(DeviceStatus status) {
        return status.activeFaults().stream().map(InjectionKind::fileName).collect(Collectors.joining(", "));
    }

    static String seconds(Duration duration) {
        if (duration == null) {
            return "";
        }
        double s = duration.toMillis() / 1000.0;
        return s == Math.rint(s) ? (long) s + " s" : String.format(Locale.ROOT, "%.2f s", s);
    }

    static String outcome(ScenarioSession.Outcome outcome) {
        ScenarioResult r = outcome.result();
        int total = r.expectations().size();
        String verdict = r.passed() ? "Passed: " + total + " of " + total + " expectations"
                : "Failed: " + r.failures() + " of " + total + " expectations";
        return String.format(Locale.ROOT,
                "%s (%s). %s simulated in %s; %,d messages, %,d rejected, %,d faults raised, %,d cleared.",
                verdict, r.name(), seconds(r.simulated()), seconds(r.wallTime()), r.messages(), r.rejected(),
                r.faultsRaised(), r.faultsCleared());
    }

    /** What went wrong, with the file, line and field of every problem when a file was to blame. */
    static String problem(String action, Throwable error) {
        if (error instanceof SimulationFileException files) {
            return action + ": nothing was started. Fix the file and try again:\n" + files.getMessage();
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return action + ": " + message;
    }
}
