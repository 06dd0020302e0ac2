package org.connectedservice.cli.internal;

import static org.connectedservice.cli.internal.Files4Test.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.connectedservice.cli.internal.Files4Test.Run;
import org.junit.jupiter.api.Test;

class CliTest {

    private final Cli cli = new Cli(new FakeServices(), Clock.systemUTC());

    @Test
    void anUnknownCommandIsAUsageError() {
        Run result = run(cli::run, "reply", "--rules", "x");

        assertEquals(2, result.code());
        assertEquals(List.of("console: unknown command 'reply'; use one of replay, backtest, scenario"),
                result.errLines());
    }

    @Test
    void noCommandIsAUsageError() {
        Run result = run(cli::run);

        assertEquals(2, result.code());
        assertEquals(1, result.errLines().size());
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasItsOwn() {
        Run help = run(cli::run, "help");
        Run backtestHelp = run(cli::run, "backtest", "--help");

        assertEquals(0, help.code());
        assertTrue(help.out().contains("./console replay --rules FILE --telemetry FILE.jsonl --out faults.jsonl"));
        assertTrue(help.out().contains("./console scenario FILE"));
        assertEquals(0, backtestHelp.code());
        assertTrue(backtestHelp.out().contains("--flap-minutes N"), backtestHelp.out());
    }

    @Test
    void anUnknownOptionNamesItself() {
        Run result = run(cli::run, "replay", "--rule", "r.json");

        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("replay: unknown option --rule; usage: ./console replay"), result.err());
    }

    @Test
    void aLockedDatabaseFailureBecomesASentence() {
        String failure = "org.osgi.service.component.ComponentException: ...\nCaused by: org.connectedservice.store"
                + ".internal.DatabaseInUseException: another Connected Service Console is using /home/u/.cs/db;"
                + " close it or start with a different workspace\n\tat org.h2...";

        assertEquals("the workspace database /home/u/.cs/db is locked by a running console; close it, or backtest a"
                + " replay file with --telemetry FILE.jsonl", OsgiConsoleServices.explain(failure));
    }
}
