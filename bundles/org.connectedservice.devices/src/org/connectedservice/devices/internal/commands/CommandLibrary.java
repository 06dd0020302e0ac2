package org.connectedservice.devices.internal.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.simulation.FileProblem;

/**
 * The command definitions of a workspace: &lt;workspace&gt;/commands/*.json, one definition per file. The shipped
 * ones are copied there the first time, so admins edit and add real files. A broken file is left out with a problem
 * naming its file, line and field, and the others still load; when none loads (an empty folder) the shipped ones
 * are offered, so the panel always has commands. Files are read again when the folder changes.
 */
public final class CommandLibrary {

    public static final String FOLDER = "commands";
    static final List<String> SHIPPED = List.of("reboot", "display-message", "set-interval", "set-setpoint");
    private static final String EXTENSION = ".json";

    private final Path directory;
    private Map<String, String> seenFiles;
    private CommandCatalog catalog;
    private List<FileProblem> problems = List.of();

    public CommandLibrary(Path directory) {
        this.directory = directory;
    }

    public static CommandLibrary inWorkspace(Path workspace) {
        return new CommandLibrary(workspace.resolve(FOLDER));
    }

    /** Reboot, display message, set interval and set setpoint, as the bundle ships them. */
    public static CommandCatalog shipped() {
        List<FileProblem> problems = new ArrayList<>();
        List<CommandDefinition> definitions = new ArrayList<>();
        for (String name : SHIPPED) {
            definitions.add(DefinitionReader.read(FOLDER + "/" + name + EXTENSION, resource(name), problems));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the devices bundle ships broken command definitions: " + problems);
        }
        return new CommandCatalog(definitions);
    }

    private static String resource(String name) {
        String path = "/" + FOLDER + "/" + name + EXTENSION;
        try (InputStream in = CommandLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the devices bundle lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the shipped definitions into a workspace without a commands folder; an existing one is the user's. */
    public void ensureShipped() {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory);
            for (String name : SHIPPED) {
                Files.writeString(directory.resolve(name + EXTENSION), resource(name), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the command definitions folder " + directory + ": "
                    + e.getMessage() + "; check the workspace folder's permissions", e);
        }
    }

    /** The definitions as the folder holds them now. */
    public synchronized CommandCatalog catalog() {
        Map<String, String> files = files();
        if (catalog == null || !files.equals(seenFiles)) {
            load(files);
        }
        return catalog;
    }

    /** What is wrong with the files left out of {@link #catalog()}, as of its last reading. */
    public synchronized List<FileProblem> problems() {
        catalog();
        return problems;
    }

    private void load(Map<String, String> files) {
        List<FileProblem> found = new ArrayList<>();
        List<CommandDefinition> definitions = new ArrayList<>();
        Map<String, String> fileOfName = new HashMap<>();
        for (String name : files.keySet()) {
            Path file = directory.resolve(name);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                found.add(new FileProblem(file.toString(), 0, "", "cannot read the file: " + e.getMessage()));
                continue;
            }
            CommandDefinition definition = DefinitionReader.read(file.toString(), text, found);
            if (definition == null) {
                continue;
            }
            String key = definition.name().toLowerCase(Locale.ROOT);
            if (fileOfName.containsKey(key)) {
                found.add(new FileProblem(file.toString(), 1, "name", "'" + definition.name() + "' is already"
                        + " defined in " + fileOfName.get(key) + "; rename one of them"));
                continue;
            }
            fileOfName.put(key, name);
            definitions.add(definition);
        }
        catalog = definitions.isEmpty() ? shipped() : new CommandCatalog(definitions);
        problems = List.copyOf(found);
        seenFiles = files;
    }

    /* Name to last-modified time and size, sorted by name, so an edit, an added or a removed file is noticed. */
    private Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) && Files.isRegularFile(file)) {
                    files.put(name, Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the command definitions folder " + directory + ": "
                    + e.getMessage(), e);
        }
        return files;
    }
}
