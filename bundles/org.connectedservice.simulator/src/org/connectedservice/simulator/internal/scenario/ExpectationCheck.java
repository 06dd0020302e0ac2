package org.connectedservice.simulator.internal.scenario;

import java.time.Duration;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.simulator.internal.scenario.Scenario.Expectation;

/**
 * Watches the faults of a run for one expectation and gives its verdict as soon as it is known: when a matching
 * fault arrives, when the simulated clock passes the expectation's window, or when the run ends. Offsets are
 * milliseconds since the run's start.
 */
abstract class ExpectationCheck {

    final int index;
    final Expectation expectation;
    final long windowStart;
    final long windowEnd;
    final long anchorStart;
    final String anchorText;
    private ExpectationResult verdict;

    ExpectationCheck(int index, Expectation expectation, Scenario.InjectFault anchor) {
        this.index = index;
        this.expectation = expectation;
        long anchorTime = anchor == null ? 0 : (expectation.fromEnd() ? anchor.end() : anchor.at()).toMillis();
        this.anchorStart = anchor == null ? 0 : anchor.at().toMillis();
        this.windowStart = anchorTime;
        this.windowEnd = expectation.within() == null ? Long.MAX_VALUE : anchorTime + expectation.within().toMillis();
        this.anchorText = anchor == null ? "the start"
                : "'" + anchor.label() + "' " + (expectation.fromEnd() ? "ended" : "started") + " at "
                        + Clocks.offset(Duration.ofMillis(anchorTime));
    }

    static ExpectationCheck of(int index, Expectation expectation, Scenario.InjectFault anchor) {
        return switch (expectation.kind()) {
            case ALERT -> new AlertCheck(index, expectation, anchor);
            case NO_ALERT -> new NoAlertCheck(index, expectation);
            case CLEARED -> new ClearedCheck(index, expectation, anchor);
        };
    }

    abstract String description();

    abstract void onFault(Fault fault, long offset);

    /** Everything sent before offset has been evaluated. */
    abstract void onTime(long offset);

    abstract void finish(long runLength);

    final boolean matches(Fault fault) {
        return RuleMatch.matches(fault, expectation.rule(), expectation.device());
    }

    final boolean decided() {
        return verdict != null;
    }

    final void decide(boolean passed, String message) {
        if (verdict == null) {
            verdict = new ExpectationResult(index, description(), passed, message);
        }
    }

    /** The verdict so far; a failure may gain a note after it was first reported live. */
    final ExpectationResult verdict() {
        return verdict;
    }

    final void amend(String note) {
        verdict = new ExpectationResult(index, verdict.description(), verdict.passed(), verdict.message() + note);
    }

    final String subject() {
        String rule = expectation.rule().equals(RuleMatch.ANY) ? "any rule" : "rule '" + expectation.rule() + "'";
        return rule + " on " + (expectation.device() == null ? "any device" : expectation.device());
    }

    final String window() {
        String within = expectation.within() == null ? "" : " within " + Clocks.seconds(expectation.within());
        if (expectation.anchor() == null) {
            return expectation.within() == null ? " during the run" : within + " of the start";
        }
        return within + " after '" + expectation.anchor() + "' " + (expectation.fromEnd() ? "ends" : "starts");
    }

    static String at(long offset) {
        return Clocks.offset(Duration.ofMillis(offset));
    }
}
