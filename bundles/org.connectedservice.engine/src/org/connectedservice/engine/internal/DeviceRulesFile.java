package org.connectedservice.engine.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;

/**
 * The rules the user edits in devicerules.json. The file is re-read whenever its content changed; a broken edit
 * never takes the rules away: the last good ones (or the defaults) stay in force and {@link #problem()} says
 * what to fix.
 */
public final class DeviceRulesFile {

    public static final String DEFAULT_TEXT = """
            [
              {
                "DeviceType": "Thermostat",
                "Temperature": 70.0,
                "TemperatureRuleOutput": "AlarmTemp",
                "Humidity": null,
                "HumidityRuleOutput": null
              },
              {
                "DeviceType": "Pump",
                "Pressure": 8.5,
                "PressureRuleOutput": "AlarmPressure",
                "Vibration": 7.0,
                "VibrationRuleOutput": "AlarmVibration"
              }
            ]
            """;

    private static final Logger LOG = System.getLogger(DeviceRulesFile.class.getName());

    private final Path file;
    private List<ThresholdRule> rules;
    private byte[] lastContent;
    private String problem;

    public DeviceRulesFile(Path file) {
        this.file = file;
        this.rules = defaultRules();
    }

    public static List<ThresholdRule> defaultRules() {
        try {
            return DeviceRulesJson.parse("default devicerules.json", DEFAULT_TEXT);
        } catch (RulesFileException e) {
            throw new IllegalStateException("the built-in default rules do not parse", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The rules in force, after taking in any change of the file. */
    public synchronized List<ThresholdRule> rules() {
        refresh();
        return rules;
    }

    /** What is wrong with the file and what to do about it, or empty while the file is in use as written. */
    public synchronized Optional<String> problem() {
        refresh();
        return Optional.ofNullable(problem);
    }

    private void refresh() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            content = createDefault();
            if (content == null) {
                return;
            }
        } catch (IOException e) {
            report(file + " could not be read (" + e.getMessage() + "); the console keeps the rules it had");
            return;
        }
        if (Arrays.equals(content, lastContent)) {
            return;
        }
        lastContent = content;
        try {
            rules = DeviceRulesJson.parse(file.getFileName().toString(),
                    new String(content, StandardCharsets.UTF_8));
            problem = null;
            LOG.log(Level.INFO, "{0} rules in force from {1}", rules.size(), file);
        } catch (RulesFileException e) {
            report(e.getMessage() + ". Fix the file and save it; until then the console keeps the rules it had");
        }
    }

    private byte[] createDefault() {
        byte[] content = DEFAULT_TEXT.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            LOG.log(Level.INFO, "created {0} with the default rules", file);
            return content;
        } catch (IOException e) {
            report("could not create " + file + " (" + e + "); the console uses the default rules until the "
                    + "folder is writable");
            return null;
        }
    }

    private void report(String message) {
        if (!Objects.equals(message, problem)) {
            LOG.log(Level.WARNING, message);
        }
        problem = message;
    }
}
