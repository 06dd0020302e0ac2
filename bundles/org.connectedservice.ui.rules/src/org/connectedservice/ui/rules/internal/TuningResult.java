package org.connectedservice.ui.rules.internal;

import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.ui.rules.BacktestFigures;

/** A finished backtest of a candidate, with how long the replay and the loading of the readings took. */
public record TuningResult(TuningRequest request, BacktestReport report, String source, long backtestMillis,
        long loadMillis) {

    public BacktestFigures figures() {
        return new BacktestFigures(request.candidate().id(), request.candidate().threshold(),
                request.active() == null ? Double.NaN : request.active().threshold(), report.readings(),
                report.active().raised(), report.candidate().raised(), report.active().flaps(),
                report.candidate().flaps(), report.appearingCount(), report.disappearingCount(), backtestMillis,
                source);
    }
}
