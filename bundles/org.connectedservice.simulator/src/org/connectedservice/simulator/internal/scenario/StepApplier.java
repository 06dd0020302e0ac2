package org.connectedservice.simulator.internal.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.scenario.Scenario.Step;

/** Applies a timeline step to a fleet: the same code checks a scenario on a dry fleet and runs it on the real one. */
final class StepApplier {

    private StepApplier() {
    }

    /** @throws IllegalArgumentException saying what does not fit, e.g. a group that matches no device */
    static void apply(Step step, Fleet fleet) {
        switch (step) {
            case Scenario.AddDevices add -> fleet.addModel(add.model(), add.count(), add.asset());
            case Scenario.RemoveDevices remove -> resolve(remove.targets(), fleet).forEach(fleet::remove);
            case Scenario.InjectFault inject -> fleet.inject(resolve(inject.targets(), fleet), inject.injection());
            case Scenario.SendCommand command -> {
                for (String id : resolve(command.targets(), fleet)) {
                    succeed(fleet.command(id, command.command(), command.payload()));
                }
            }
            case Scenario.SetDesired desired -> {
                for (String id : resolve(desired.targets(), fleet)) {
                    for (Map.Entry<String, String> property : desired.properties().entrySet()) {
                        succeed(fleet.setDesired(id, property.getKey(), property.getValue()));
                    }
                }
            }
        }
    }

    private static void succeed(CommandResult result) {
        if (!result.succeeded()) {
            throw new IllegalArgumentException(result.message());
        }
    }

    static List<String> resolve(List<String> targets, Fleet fleet) {
        Set<String> ids = new LinkedHashSet<>();
        for (String target : targets) {
            List<String> selected = fleet.select(target);
            if (selected.isEmpty()) {
                throw new IllegalArgumentException("'" + target + "' matches no device at that time; the fleet then "
                        + "holds " + describe(fleet));
            }
            ids.addAll(selected);
        }
        return new ArrayList<>(ids);
    }

    private static String describe(Fleet fleet) {
        List<String> parts = fleet.entries().stream().map(e -> e.count() + " x " + e.model()).toList();
        return parts.isEmpty() ? "no devices" : String.join(", ", parts) + " (ids like "
                + fleet.registry().get(0).id() + ")";
    }
}
