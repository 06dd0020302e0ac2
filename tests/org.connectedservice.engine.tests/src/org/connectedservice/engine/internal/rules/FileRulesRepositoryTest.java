package org.connectedservice.engine.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.model.RuleSetVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRulesRepositoryTest {

    @TempDir
    Path workspace;

    @Test
    void aSavedEditOfTheRulesFileReachesSubscribersWithoutAnyoneAsking() throws Exception {
        FileRulesRepository repository = new FileRulesRepository();
        repository.workspace = () -> workspace;
        repository.activate();
        try {
            LinkedBlockingQueue<RuleSetVersion> heard = new LinkedBlockingQueue<>();
            repository.subscribe(heard::add);
            Path file = workspace.resolve("rules").resolve("rules.json");
            assertEquals(file.toString(), repository.source());

            Files.writeString(file, Files.readString(file).replace("\"threshold\": 70", "\"threshold\": 72"));

            RuleSetVersion v2 = heard.poll(10, TimeUnit.SECONDS);
            assertEquals(2, v2.number());
            assertEquals(72.0, repository.activeRules().get(0).threshold());

            Files.writeString(file, "{\"rules\": [");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (repository.problem().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(repository.problem().orElseThrow().startsWith("rules.json line 1"),
                    repository.problem().orElseThrow());
            assertEquals(2, repository.activeVersion().number());
        } finally {
            repository.deactivate();
        }
    }
}
