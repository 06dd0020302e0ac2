package org.connectedservice.engine.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesStoreTest {

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-01-31T12:00:00Z"));

    private RulesStore open() throws Exception {
        return RulesStore.open(dir, clock);
    }

    @Test
    void aNewWorkspaceStartsWithTheDefaultRulesAsVersion1() throws Exception {
        RulesStore store = open();

        RuleSetVersion v1 = store.activeVersion();
        assertEquals(1, v1.number());
        assertEquals("console", v1.author());
        assertEquals("default rules", v1.comment());
        assertEquals(List.of("AlarmTemp", "AlarmPressure", "AlarmVibration"),
                v1.rules().stream().map(ThresholdRule::name).toList());
        assertEquals(List.of(70.0, 8.5, 7.0), v1.rules().stream().map(ThresholdRule::threshold).toList());
        assertEquals(v1, RulesJsonReader.read(dir.resolve("rules.json")));
        assertEquals(v1, RulesJsonReader.read(dir.resolve("versions/000001.json")));
        assertTrue(store.problem().isEmpty());
    }

    @Test
    void versionsSurviveARestart() throws Exception {
        RulesStore store = open();
        store.apply(hotter(store.activeRules(), 9.0), "alice", "pumps run hotter");

        RulesStore reopened = open();

        assertEquals(store.history(), reopened.history());
        assertEquals(2, reopened.activeVersion().number());
    }

    @Test
    void aChangedRuleGetsTheNextVersionAndUnchangedRulesKeepTheirs() throws Exception {
        RulesStore store = open();
        List<ThresholdRule> rules = new ArrayList<>(hotter(store.activeRules(), 9.0));
        rules.add(ThresholdRule.greaterThan("fan-speed-gt", 7, "Overspeed", "Fan", "Speed", 1500, Severity.LOW));

        RuleSetVersion v2 = store.apply(rules, "alice", "pumps run hotter");

        assertEquals(2, v2.number());
        assertEquals(List.of(1, 2, 1, 1), v2.rules().stream().map(ThresholdRule::version).toList(),
                "pressure changed, temperature and vibration did not, the fan rule is new");
        assertEquals(List.of("default rules", "pumps run hotter"),
                store.history().stream().map(RuleSetVersion::comment).toList());
        assertEquals(Instant.parse("2025-01-31T12:01:00Z"), v2.time());
    }

    @Test
    void rollbackReinstatesOldRulesUnderFreshVersionNumbers() throws Exception {
        RulesStore store = open();
        store.apply(hotter(store.activeRules(), 9.0), "alice", "pumps run hotter");

        RuleSetVersion v3 = store.rollback(1, "bob", null);

        assertEquals(3, v3.number());
        assertEquals("rollback to version 1", v3.comment());
        ThresholdRule pressure = pressure(v3.rules());
        assertEquals(8.5, pressure.threshold());
        assertEquals(3, pressure.version(), "8.5 as version 1 and 9.0 as version 2 were both seen before");
        assertEquals(1, v3.rules().get(0).version(), "the unchanged temperature rule keeps its number");
        assertEquals(v3, store.activeVersion());
    }

    @Test
    void aDiffShowsAddedRemovedAndChangedFields() throws Exception {
        RulesStore store = open();
        List<ThresholdRule> rules = new ArrayList<>(hotter(store.activeRules(), 9.0));
        rules.removeIf(r -> r.id().equals("pump-vibration-gt"));
        rules.add(ThresholdRule.greaterThan("fan-speed-gt", 1, "Overspeed", "Fan", "Speed", 1500, Severity.LOW));
        store.apply(rules, "alice", "");

        RuleSetDiff diff = store.diff(1, 2);

        assertEquals(List.of("fan-speed-gt"), diff.added().stream().map(ThresholdRule::id).toList());
        assertEquals(List.of("pump-vibration-gt"), diff.removed().stream().map(ThresholdRule::id).toList());
        assertEquals(1, diff.changed().size());
        assertEquals(List.of(new RuleSetDiff.FieldChange("threshold", "8.5", "9")), diff.changed().get(0).fields());
        assertEquals("1 added, 1 removed, 1 changed", diff.summary());
        assertTrue(store.diff(2, 2).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.diff(1, 9));
    }

    @Test
    void anInvalidChangeIsRefusedWithRuleAndFieldAndChangesNothing() throws Exception {
        RulesStore store = open();
        ThresholdRule bad = ThresholdRule.greaterThan("pump-noise", 1, "Noise", "Pump", "Noise", 80, Severity.LOW);
        bad = new ThresholdRule(bad.id(), 1, bad.name(), bad.scope(), bad.measurement(), bad.condition(),
                bad.aggregation(), bad.sustain(), 90.0, bad.severity(), bad.alertType(), bad.suppression(),
                bad.descriptionTemplate());
        List<ThresholdRule> rules = List.of(bad);

        var error = assertThrows(IllegalArgumentException.class, () -> store.apply(rules, "alice", "noise"));

        assertTrue(error.getMessage().startsWith("rule \"pump-noise\", field clearThreshold: must be at or below"),
                error.getMessage());
        assertEquals(1, store.history().size());
        assertEquals(1, RulesJsonReader.read(dir.resolve("rules.json")).number());
        var missing = assertThrows(IllegalArgumentException.class, () -> store.rollback(5, "bob", ""));
        assertEquals("there is no rules version 5; the versions are 1 to 1", missing.getMessage());
    }

    @Test
    void aHandEditBecomesANewVersionAndListenersHear() throws Exception {
        RulesStore store = open();
        List<RuleSetVersion> heard = new ArrayList<>();
        store.subscribe(heard::add);

        Files.writeString(file(), Files.readString(file()).replace("8.5", "9.5"));
        store.checkFile();

        RuleSetVersion v2 = store.activeVersion();
        assertEquals(2, v2.number());
        assertEquals("file edit", v2.author());
        assertEquals("edited rules.json by hand", v2.comment());
        assertEquals(9.5, pressure(v2.rules()).threshold());
        assertEquals(List.of(v2), heard);
        assertEquals(v2, RulesJsonReader.read(file()), "the file now shows the new version numbers");

        store.checkFile();
        assertEquals(2, store.history().size(), "an unchanged file makes no version");
    }

    @Test
    void aHandEditMayNameItsAuthorAndComment() throws Exception {
        RulesStore store = open();

        Files.writeString(file(), Files.readString(file()).replace("8.5", "9.5")
                .replace("\"console\"", "\"carol\"").replace("\"default rules\"", "\"after the pump service\""));
        store.checkFile();

        assertEquals("carol", store.activeVersion().author());
        assertEquals("after the pump service", store.activeVersion().comment());
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionUntilItIsFixed() throws Exception {
        RulesStore store = open();
        String good = Files.readString(file());
        String[] lines = good.split("\n", -1);
        int thresholdLine = IntStream.range(0, lines.length).filter(i -> lines[i].contains("8.5")).findFirst()
                .orElseThrow();

        Files.writeString(file(), good.replace("\"threshold\": 8.5", "\"threshold\": \"high\""));
        store.checkFile();

        assertEquals(1, store.activeVersion().number());
        assertEquals(8.5, pressure(store.activeRules()).threshold());
        String problem = store.problem().orElseThrow();
        assertTrue(problem.startsWith("rules.json line " + (thresholdLine + 1) + ", column "), problem);
        assertTrue(problem.contains("rule \"pump-pressure-gt\", field threshold: expected a number"), problem);
        assertTrue(problem.endsWith("until then version 1 stays in force"), problem);

        Files.writeString(file(), good.replace("\"threshold\": 8.5", "\"threshold\": 8.8"));
        store.checkFile();

        assertTrue(store.problem().isEmpty(), "fixing the file clears the problem");
        assertEquals(8.8, pressure(store.activeRules()).threshold());
        assertEquals(2, store.activeVersion().number());
    }

    @Test
    void aDeletedFileIsWrittenBackAndAStaleOneAfterACrashIsReplaced() throws Exception {
        RulesStore store = open();
        store.apply(hotter(store.activeRules(), 9.0), "alice", "pumps run hotter");

        Files.delete(file());
        store.checkFile();
        assertEquals(store.activeVersion(), RulesJsonReader.read(file()));

        Files.copy(dir.resolve("versions/000001.json"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RulesStore reopened = open();

        assertEquals(2, reopened.activeVersion().number(), "version 1 left in rules.json is not a hand edit");
        assertEquals(reopened.activeVersion(), RulesJsonReader.read(file()));
    }

    @Test
    void aFirstStartTakesInAnEarlierDeviceRulesFile() throws Exception {
        Files.writeString(dir.resolve("devicerules.json"), "[{\"DeviceType\": \"Fan\", \"Speed\": 1500}]");

        RulesStore store = open();

        assertEquals("imported devicerules.json", store.activeVersion().comment());
        assertEquals(List.of("fan-speed-gt"), store.activeRules().stream().map(ThresholdRule::id).toList());
    }

    @Test
    void aFirstStartWithABrokenRulesFileLeavesItForTheUserToFix() throws Exception {
        Files.writeString(file(), "{\"rules\": [}");

        RulesStore store = open();

        assertEquals(DefaultRules.rules(), store.activeRules());
        assertTrue(store.problem().orElseThrow().startsWith("rules.json line 1, column 12"),
                store.problem().orElseThrow());
        assertEquals("{\"rules\": [}", Files.readString(file()));
    }

    @Test
    void concurrentChangesEachGetTheirOwnVersion() throws Exception {
        RulesStore store = open();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 100;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 1; i <= 10; i++) {
                    store.apply(hotter(store.activeRules(), base + i), "thread", "");
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertEquals(IntStream.rangeClosed(1, 41).boxed().toList(),
                store.history().stream().map(RuleSetVersion::number).toList());
        assertEquals(41, open().history().size());
        assertFalse(Files.exists(dir.resolve("versions/000042.json")));
    }

    private Path file() {
        return dir.resolve("rules.json");
    }

    private static ThresholdRule pressure(List<ThresholdRule> rules) {
        return rules.stream().filter(r -> r.id().equals("pump-pressure-gt")).findFirst().orElseThrow();
    }

    private static List<ThresholdRule> hotter(List<ThresholdRule> rules, double pressure) {
        return rules.stream().map(r -> r.id().equals("pump-pressure-gt") ? r.withThreshold(pressure) : r).toList();
    }
}
