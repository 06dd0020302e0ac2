package org.connectedservice.simulator.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The device models of a workspace: &lt;workspace&gt;/simulator/models/*.json. The examples shipped in the bundle are
 * copied there the first time (and an example scenario to simulator/scenarios), so testers edit real files rather
 * than something hidden in a jar.
 */
public final class ModelLibrary {

    public static final List<String> EXAMPLES = List.of("thermostat", "pump", "compressor", "cold-storage-unit");
    public static final String EXAMPLE_SCENARIO = "overheating-thermostat";
    private static final String EXTENSION = ".json";

    private final Path directory;

    public ModelLibrary(Path directory) {
        this.directory = directory;
    }

    public static ModelLibrary inWorkspace(Path workspace) {
        return new ModelLibrary(workspace.resolve("simulator").resolve("models"));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Copies the example models, and the example scenario next to them, into a workspace that has no such folder
     * yet; an existing folder is the user's.
     */
    public void ensureExamples() {
        copyOnce(directory, "models", EXAMPLES);
        copyOnce(directory.resolveSibling("scenarios"), "scenarios", List.of(EXAMPLE_SCENARIO));
    }

    private static void copyOnce(Path folder, String resourceFolder, List<String> names) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            for (String name : names) {
                Files.writeString(folder.resolve(name + EXTENSION), resource(resourceFolder, name),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    public List<String> names() {
        ensureExamples();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(EXTENSION))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the model folder " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The model named so (its file name without .json), or null after adding a problem. */
    public DeviceModel load(String name, FileProblems problems) {
        Path file = find(name);
        if (file == null) {
            problems.add(directory.resolve(name + EXTENSION).toString(), 0, "", missing(name));
            return null;
        }
        return read(file, problems);
    }

    /** The file of the model named so, in any case, or null. */
    public Path find(String name) {
        for (String known : names()) {
            if (known.equalsIgnoreCase(name)) {
                return directory.resolve(known + EXTENSION);
            }
        }
        return null;
    }

    public String missing(String name) {
        return "no model '" + name + "'; the models folder " + directory + " holds " + String.join(", ", names());
    }

    public static DeviceModel read(Path file, FileProblems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file.toString(), 0, "", "cannot read the file: " + e.getMessage());
            return null;
        }
        return ModelReader.read(file.toString(), text, problems);
    }

    /** A model as shipped in the bundle; the demo fleet uses these so a first start never depends on edits. */
    public static DeviceModel example(String name) {
        FileProblems problems = new FileProblems();
        DeviceModel model = ModelReader.read("models/" + name + EXTENSION, exampleText(name), problems);
        problems.throwIfAny();
        return model;
    }

    private static String exampleText(String name) {
        return resource("models", name);
    }

    private static String resource(String folder, String name) {
        String path = folder + "/" + name + EXTENSION;
        try (InputStream in = ModelLibrary.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("the simulator bundle lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
