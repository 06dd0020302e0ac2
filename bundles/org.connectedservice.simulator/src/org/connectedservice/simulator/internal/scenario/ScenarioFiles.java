package org.connectedservice.simulator.internal.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.FileProblems;
import org.connectedservice.simulator.internal.model.ModelLibrary;

/**
 * Loads and checks a scenario file with the models it names: "thermostat" is a model of the workspace (or, with
 * no workspace, a shipped example); "models/boiler.json" is a file next to the scenario.
 */
public final class ScenarioFiles {

    private final ModelLibrary library;

    /** library null: no workspace, the shipped examples stand in. */
    public ScenarioFiles(ModelLibrary library) {
        this.library = library;
    }

    /** The checked scenario, or null when problems were added. */
    public Scenario load(Path file, List<ThresholdRule> rules, FileProblems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file.toString(), 0, "", "cannot read the scenario: " + e.getMessage());
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        FileProblems own = new FileProblems();
        Scenario scenario = ScenarioReader.read(file.toString(), text, (reference, p) -> resolve(folder, reference, p),
                own);
        if (scenario != null) {
            ScenarioCheck.check(scenario, rules, own);
        }
        problems.addAll(own.list());
        return own.isEmpty() ? scenario : null;
    }

    private ModelSource.Resolution resolve(Path folder, String reference, FileProblems problems) {
        if (reference.toLowerCase(Locale.ROOT).endsWith(".json")) {
            Path model = folder.resolve(reference);
            if (!Files.isRegularFile(model)) {
                return new ModelSource.Resolution(null, "no model file " + model);
            }
            return found(ModelLibrary.read(model, problems));
        }
        if (library == null) {
            if (!ModelLibrary.EXAMPLES.contains(reference)) {
                return new ModelSource.Resolution(null, "no model '" + reference + "'; without a workspace the "
                        + "models are " + String.join(", ", ModelLibrary.EXAMPLES));
            }
            return found(ModelLibrary.example(reference));
        }
        Path model = library.find(reference);
        if (model == null) {
            return new ModelSource.Resolution(null, library.missing(reference));
        }
        return found(ModelLibrary.read(model, problems));
    }

    // a model file with problems reports them under its own name; the scenario field is not to blame
    private static ModelSource.Resolution found(DeviceModel model) {
        return new ModelSource.Resolution(model, null);
    }
}
