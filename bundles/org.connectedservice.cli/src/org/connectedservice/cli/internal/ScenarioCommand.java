package org.connectedservice.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.FileProblem;
import org.connectedservice.core.simulation.ScenarioResult;
import org.connectedservice.core.simulation.ScenarioRunner;
import org.connectedservice.core.simulation.SimulationFileException;

/**
 * ./console scenario: a simulator scenario in simulated time against a fresh evaluator, pass or fail per
 * expectation, optionally a JUnit XML report; exit code 1 when an expectation failed, so CI can gate on it.
 */
final class ScenarioCommand extends HeadlessCommand {

    private final ConsoleServices services;

    ScenarioCommand(ConsoleServices services) {
        this.services = services;
    }

    @Override
    String name() {
        return "scenario";
    }

    @Override
    String synopsis() {
        return "scenario FILE [--rules FILE] [--junit REPORT.xml]";
    }

    @Override
    String help() {
        return """
                Runs a simulator scenario headless, in simulated time, and checks its expectations.
                  FILE                 the scenario (JSON); models are the workspace's simulator/models, or
                                       files next to the scenario when it names a .json
                  --rules FILE         the rules to check against (default: the workspace's active rules)
                  --junit FILE         also write a JUnit XML report there, for CI
                Exit code 0 when every expectation passed, 1 when one failed or a file is wrong.
                """;
    }

    @Override
    Set<String> valueOptions() {
        return Set.of("--rules", "--junit");
    }

    @Override
    Set<String> flagOptions() {
        return Set.of();
    }

    @Override
    int execute(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
        List<String> files = arguments.positional();
        if (files.size() != 1) {
            throw new UsageException(files.isEmpty() ? "the scenario FILE is missing"
                    : "one scenario at a time, got " + files.size() + " files");
        }
        Path scenario = Arguments.existingFile("scenario file", Arguments.path("FILE", files.get(0)));
        Optional<String> rulesFile = arguments.value("--rules");
        Optional<Path> junit = arguments.value("--junit").isPresent()
                ? Optional.of(Arguments.path("--junit", arguments.value("--junit").get()))
                : Optional.empty();
        List<ThresholdRule> rules = rulesFile.isPresent() ? RuleFiles.read(Arguments.path("--rules", rulesFile.get()))
                : services.rules().activeRules();
        ScenarioRunner runner = services.scenarios();
        ScenarioResult result;
        try {
            result = runner.run(scenario, RuleFiles.evaluator(rules, services.assets()), rules, decided -> {
            });
        } catch (SimulationFileException e) {
            throw new CommandException(e.problems().stream().map(FileProblem::toString)
                    .collect(Collectors.joining("; ")), e);
        }
        for (ExpectationResult expectation : result.expectations()) {
            out.println(verdict(expectation));
        }
        out.println(String.format(Locale.ROOT, "scenario '%s': %d of %d expectations met; %d s simulated in %.2f s,"
                + " %,d messages (%,d rejected), %d faults raised, %d cleared", result.name(),
                result.expectations().size() - result.failures(), result.expectations().size(),
                result.simulated().toSeconds(), result.wallTime().toNanos() / 1e9, result.messages(), result.rejected(),
                result.faultsRaised(), result.faultsCleared()));
        if (junit.isPresent()) {
            try {
                runner.writeJUnitReport(result, junit.get());
            } catch (IOException e) {
                throw new CommandException("cannot write the JUnit report " + junit.get() + ": " + e.getMessage(), e);
            }
            out.println("JUnit report: " + junit.get());
        }
        if (!result.passed()) {
            err.println("scenario: " + result.failures() + " of " + result.expectations().size()
                    + " expectations failed");
            return FAILED;
        }
        return OK;
    }

    static String verdict(ExpectationResult expectation) {
        String line = (expectation.passed() ? "PASS " : "FAIL ") + expectation.index() + ". "
                + oneLine(expectation.description());
        String message = oneLine(expectation.message());
        return message.isEmpty() ? line : line + " - " + message;
    }
}
