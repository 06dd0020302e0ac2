package org.connectedservice.ui.rules.internal;

import java.time.Clock;
import java.util.function.Supplier;

import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.RulesRepository;

/** What a rules editing session needs from the running console; alerts may supply null. */
public record SessionServices(RulesRepository repository, Backtester backtester, ReadingSource readings,
        Supplier<AlertStore> alerts, Clock clock, String author) {
}
