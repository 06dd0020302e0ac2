package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.connectedservice.core.model.RuleSetVersion;

/**
 * The rules folder: rules.json holds the active version (the file users edit), versions/000042.json every version
 * ever made. Files are replaced atomically, so a crash leaves the old or the new text, never half of one.
 */
final class VersionFiles {

    static final String ACTIVE_FILE = "rules.json";
    static final String LEGACY_FILE = "devicerules.json";

    private static final Logger LOG = System.getLogger(VersionFiles.class.getName());

    private final Path directory;

    VersionFiles(Path directory) {
        this.directory = directory;
    }

    Path activeFile() {
        return directory.resolve(ACTIVE_FILE);
    }

    Path legacyFile() {
        return directory.resolve(LEGACY_FILE);
    }

    Path versionFile(int number) {
        return directory.resolve("versions").resolve(String.format(Locale.ROOT, "%06d.json", number));
    }

    /** Every readable version, oldest first; an unreadable one is logged and skipped. */
    List<RuleSetVersion> loadHistory() throws IOException {
        Path folder = directory.resolve("versions");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d+\\.json")).sorted().toList();
        }
        List<RuleSetVersion> history = new ArrayList<>();
        for (Path file : files) {
            int number = Integer.parseInt(file.getFileName().toString().replace(".json", ""));
            try {
                RuleSetVersion v = RulesJsonReader.read(file);
                history.add(new RuleSetVersion(number, v.time(), v.author(), v.comment(), v.rules()));
            } catch (RulesFileException e) {
                LOG.log(Level.WARNING, "rules version {0} is left out of the history: {1}", number, e.getMessage());
            }
        }
        return history;
    }

    /** @return the active file's content as read, or null when there is none */
    byte[] readActive() throws IOException {
        try {
            return Files.readAllBytes(activeFile());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Saves a version, and makes it the active file too when asked.
     *
     * @return the active file's new content, or null when it was left alone
     * @throws UncheckedIOException naming the file that could not be written
     */
    byte[] save(RuleSetVersion version, boolean active) {
        byte[] content = RulesJsonWriter.write(version).getBytes(StandardCharsets.UTF_8);
        writeAtomically(versionFile(version.number()), content);
        if (!active) {
            return null;
        }
        writeAtomically(activeFile(), content);
        return content;
    }

    byte[] saveActive(RuleSetVersion version) {
        byte[] content = RulesJsonWriter.write(version).getBytes(StandardCharsets.UTF_8);
        writeAtomically(activeFile(), content);
        return content;
    }

    private static void writeAtomically(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".saving");
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file + " (" + e + "); check that the workspace "
                    + "folder is writable", e);
        }
    }
}
