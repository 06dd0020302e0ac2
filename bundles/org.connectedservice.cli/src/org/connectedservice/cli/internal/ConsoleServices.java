package org.connectedservice.cli.internal;

import java.util.function.Function;

import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.simulation.ScenarioRunner;

/**
 * What the commands need from the running console's services. Each method waits for its service and throws, with a
 * sentence saying why and what to do, when it cannot be had (e.g. another console holds the database).
 */
interface ConsoleServices {

    RulesRepository rules() throws CommandException;

    TelemetryHistory history() throws CommandException;

    ScenarioRunner scenarios() throws CommandException;

    /** The customer asset of a device, for asset-scoped rules; null when unknown. */
    Function<String, String> assets();
}
