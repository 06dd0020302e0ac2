package org.connectedservice.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceRulesFileTest {

    @TempDir
    Path workspace;

    private Path file() {
        return workspace.resolve("rules").resolve("devicerules.json");
    }

    @Test
    void aMissingFileIsCreatedWithTheDefaultRules() throws Exception {
        DeviceRulesFile rules = new DeviceRulesFile(file());

        assertEquals(DeviceRulesFile.defaultRules(), rules.rules());
        assertEquals(DeviceRulesFile.DEFAULT_TEXT, Files.readString(file()));
        assertTrue(rules.problem().isEmpty());
    }

    @Test
    void anEditedFileIsTakenInOnTheNextLook() throws Exception {
        DeviceRulesFile rules = new DeviceRulesFile(file());
        rules.rules();

        Files.writeString(file(), "[{\"DeviceType\": \"Fan\", \"Speed\": 1500, \"SpeedRuleOutput\": \"Overspeed\"}]");

        assertEquals(List.of("Overspeed"), rules.rules().stream().map(ThresholdRule::name).toList());
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRulesAndSaysWhatIsWrong() throws Exception {
        DeviceRulesFile rules = new DeviceRulesFile(file());
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "[{\"DeviceType\": \"Fan\", \"Speed\": 1500}]");
        List<ThresholdRule> good = rules.rules();

        Files.writeString(file(), "[{\"DeviceType\": \"Fan\",\n  \"Speed\": \"fast\"}]");

        assertEquals(good, rules.rules());
        String problem = rules.problem().orElseThrow();
        assertTrue(problem.startsWith("devicerules.json line 2, column 12, field Speed: expected a number or null"),
                problem);
        assertTrue(problem.endsWith("until then the console keeps the rules it had"), problem);

        Files.writeString(file(), "[{\"DeviceType\": \"Fan\", \"Speed\": 1600}]");

        assertEquals(1600.0, rules.rules().get(0).threshold());
        assertTrue(rules.problem().isEmpty(), "fixing the file clears the problem");
    }

    @Test
    void aFileBrokenFromTheStartLeavesTheDefaultRulesInForce() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "[{\"DeviceType\": \"Fan\", \"Speed\": 1500,}]");
        DeviceRulesFile rules = new DeviceRulesFile(file());

        assertEquals(DeviceRulesFile.defaultRules(), rules.rules());
        assertTrue(rules.problem().orElseThrow().contains("line 1"), rules.problem().orElseThrow());
    }
}
