package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.model.ThresholdRule;

/** Reads rules from a file in either format a user may hand over: our rules file, or a devicerules.json. */
public final class RulesFiles {

    private RulesFiles() {
    }

    /** A file whose JSON starts with [ is read as devicerules.json, anything else as our rules format. */
    public static List<ThresholdRule> read(Path file) throws RulesFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RulesFileException(file + " does not exist", e);
        } catch (IOException e) {
            throw new RulesFileException(file + " could not be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        return text.strip().startsWith("[") ? DeviceRulesJson.read(name, text)
                : RulesJsonReader.read(name, text).rules();
    }
}
