package org.connectedservice.cli.internal;

import java.io.PrintStream;
import java.util.Set;

/**
 * One headless command: parses its arguments, answers --help, and turns every failure into one line on stderr and
 * an exit code (2 for a wrong command line, 1 when the work itself failed).
 */
abstract class HeadlessCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    abstract String name();

    /** The synopsis, e.g. "replay --rules FILE ...". */
    abstract String synopsis();

    /** Lines explaining the options, shown by --help after the synopsis. */
    abstract String help();

    abstract Set<String> valueOptions();

    abstract Set<String> flagOptions();

    abstract int execute(Arguments arguments, PrintStream out, PrintStream err)
            throws UsageException, CommandException;

    public final int run(String[] args, PrintStream out, PrintStream err) {
        try {
            for (String arg : args) {
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println("usage: ./console " + synopsis());
                    out.print(help());
                    return OK;
                }
            }
            return execute(Arguments.parse(args, valueOptions(), flagOptions()), out, err);
        } catch (UsageException e) {
            err.println(name() + ": " + oneLine(e.getMessage()) + "; usage: ./console " + synopsis());
            return USAGE;
        } catch (CommandException e) {
            err.println(name() + ": " + oneLine(e.getMessage()));
            return FAILED;
        } catch (RuntimeException e) {
            err.println(name() + ": failed: " + oneLine(String.valueOf(e.getMessage())) + " ("
                    + e.getClass().getSimpleName() + ")");
            return FAILED;
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
