package org.connectedservice.simulator.internal;

import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.simulation.FleetEntry;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.model.ModelLibrary;

/**
 * The simulator view's fleet operations on a runner. Without a workspace the shipped examples stand in for the
 * workspace's models.
 */
final class FleetControl {

    private final FleetRunner runner;
    private final ModelLibrary library;
    private final long seed;

    FleetControl(FleetRunner runner, ModelLibrary library, long seed) {
        this.runner = runner;
        this.library = library;
        this.seed = seed;
    }

    List<String> models() {
        return library == null ? ModelLibrary.EXAMPLES : library.names();
    }

    /** Loads every model first; a single bad file leaves the running fleet as it was. */
    void setFleet(List<FleetEntry> entries) {
        FileProblems problems = new FileProblems();
        List<DeviceModel> models = new ArrayList<>();
        for (FleetEntry entry : entries) {
            models.add(load(entry.model(), problems));
        }
        problems.throwIfAny();
        Fleet fleet = new Fleet(seed, runner.simulatedNow());
        for (int i = 0; i < entries.size(); i++) {
            fleet.addModel(models.get(i), entries.get(i).count(), "");
        }
        runner.useFleet(fleet);
    }

    private DeviceModel load(String name, FileProblems problems) {
        if (library != null) {
            return library.load(name, problems);
        }
        if (!ModelLibrary.EXAMPLES.contains(name)) {
            problems.add(name, 0, "", "no such model; without a workspace the models are "
                    + String.join(", ", ModelLibrary.EXAMPLES));
            return null;
        }
        return ModelLibrary.example(name);
    }

    SimulatorCounters counters() {
        DeliveryCounter counter = runner.counter();
        return new SimulatorCounters(counter.delivered(), counter.rate(), counter.errors(), runner.simulatedNow());
    }
}
