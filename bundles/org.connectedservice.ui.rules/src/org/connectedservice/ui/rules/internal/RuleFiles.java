package org.connectedservice.ui.rules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.rules.AsaExport;
import org.connectedservice.engine.internal.rules.DeviceRulesJson;
import org.connectedservice.engine.internal.rules.LeftOutRule;
import org.connectedservice.engine.internal.rules.RulesFileException;
import org.connectedservice.engine.internal.rules.RulesFiles;

/** The editor's imports and exports, and what they tell the user afterwards. */
public final class RuleFiles {

    /** What an export wrote and which rules it could not carry. */
    public record Written(List<Path> files, List<LeftOutRule> leftOut) {

        public String summary() {
            StringBuilder text = new StringBuilder("Wrote ");
            text.append(String.join(" and ", files.stream().map(Path::toString).toList())).append('.');
            if (leftOut.isEmpty()) {
                return text.append(" Every rule is in it.").toString();
            }
            text.append("\n\n").append(leftOut.size()).append(leftOut.size() == 1 ? " rule was" : " rules were")
                    .append(" left out:\n");
            leftOut.forEach(r -> text.append("\u2022 ").append(r.text()).append('\n'));
            return text.toString();
        }
    }

    private RuleFiles() {
    }

    /** Reads a devicerules.json or one of the console's rules files. */
    public static List<ThresholdRule> read(Path file) throws RulesFileException {
        List<ThresholdRule> rules = RulesFiles.read(file);
        if (rules.isEmpty()) {
            throw new RulesFileException(file + " holds no rules");
        }
        return rules;
    }

    public static Written writeDeviceRules(List<ThresholdRule> rules, Path file) throws IOException {
        DeviceRulesJson.Export export = DeviceRulesJson.export(rules);
        Files.writeString(file, export.json(), StandardCharsets.UTF_8);
        return new Written(List.of(file), export.leftOut());
    }

    /** Writes the query, and its reference data next to it as name.reference.json. */
    public static Written writeStreamAnalytics(RuleSetVersion version, Path queryFile) throws IOException {
        AsaExport.Result result = AsaExport.export(version);
        String name = queryFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path reference = queryFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".reference.json");
        Files.writeString(queryFile, result.query(), StandardCharsets.UTF_8);
        Files.writeString(reference, result.referenceData(), StandardCharsets.UTF_8);
        return new Written(List.of(queryFile, reference), result.leftOut());
    }
}
