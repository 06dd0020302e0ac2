package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.rules.RulesFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFilesTest {

    private static final ThresholdRule HOT = ThresholdRule.greaterThan("thermostat-temperature-gt", 1, "AlarmTemp",
            "Thermostat", "Temperature", 70, Severity.HIGH);

    @TempDir
    Path dir;

    @Test
    void anExportedDeviceRulesFileImportsBackAndSaysWhatItLeftOut() throws Exception {
        ThresholdRule sustained = RuleField.SUSTAIN.apply(HOT.withThreshold(80), "30");
        ThresholdRule slow = RuleField.ID.apply(sustained, "thermostat-slow");
        Path file = dir.resolve("devicerules.json");

        RuleFiles.Written written = RuleFiles.writeDeviceRules(List.of(HOT, slow), file);

        assertEquals(1, written.leftOut().size());
        assertTrue(written.summary().contains("1 rule was left out:\n\u2022 thermostat-slow (v1, AlarmTemp): "),
                written.summary());
        assertEquals(List.of(HOT), RuleFiles.read(file));
    }

    @Test
    void theStreamAnalyticsQueryComesWithItsReferenceData() throws Exception {
        RuleSetVersion v = new RuleSetVersion(4, Instant.parse("2026-11-20T10:00:00Z"), "alice", "tuned",
                List.of(HOT));
        RuleFiles.Written written = RuleFiles.writeStreamAnalytics(v, dir.resolve("rules.asaql"));

        assertEquals(List.of(dir.resolve("rules.asaql"), dir.resolve("rules.reference.json")), written.files());
        assertTrue(Files.readString(dir.resolve("rules.asaql")).startsWith("-- Azure Stream Analytics query for "
                + "Connected Service Console rules version 4"));
        assertTrue(Files.readString(dir.resolve("rules.reference.json")).contains("\"thermostat-temperature-gt\""));
        assertTrue(written.summary().endsWith("Every rule is in it."), written.summary());
    }

    @Test
    void aBrokenFileIsRefusedWithItsPlace() throws Exception {
        Path file = dir.resolve("devicerules.json");
        Files.writeString(file, "[{\"DeviceType\": \"Thermostat\", \"Temperature\": \"hot\"}]");
        RulesFileException e = assertThrows(RulesFileException.class, () -> RuleFiles.read(file));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        Files.writeString(file, "[]");
        assertEquals(file + " holds no rules", assertThrows(RulesFileException.class, () -> RuleFiles.read(file))
                .getMessage());
    }
}
