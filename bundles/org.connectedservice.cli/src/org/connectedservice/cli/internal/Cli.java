package org.connectedservice.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headless commands by name; the first argument picks one, the rest are its own. */
public final class Cli {

    private final Map<String, HeadlessCommand> commands = new LinkedHashMap<>();

    Cli(ConsoleServices services, Clock clock) {
        for (HeadlessCommand command : new HeadlessCommand[] { new ReplayCommand(clock),
                new BacktestCommand(services, clock), new ScenarioCommand(services) }) {
            commands.put(command.name(), command);
        }
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("console: no command given; use one of " + String.join(", ", commands.keySet())
                    + " (each takes --help)");
            return HeadlessCommand.USAGE;
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.println("Headless commands of ./console:");
            for (HeadlessCommand command : commands.values()) {
                out.println("  ./console " + command.synopsis());
            }
            out.println("Each takes --help for its options.");
            return HeadlessCommand.OK;
        }
        HeadlessCommand command = commands.get(name);
        if (command == null) {
            err.println("console: unknown command '" + name + "'; use one of " + String.join(", ", commands.keySet()));
            return HeadlessCommand.USAGE;
        }
        return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
}
