package org.connectedservice.dynamics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.connectedservice.dynamics.internal.MirrorJournal.Pending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class MirrorJournalTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    @TempDir
    Path workspace;

    private static ObjectNode status(int code) {
        return JsonNodeFactory.instance.objectNode().put("msdyn_commandstatus", code);
    }

    private static List<String> keys(MirrorJournal journal) {
        return journal.waiting().stream().map(Pending::key).toList();
    }

    @Test
    void waitingChangesSurviveARestartInTheirOrderUnderTheSameInstallation() throws Exception {
        MirrorJournal journal = new MirrorJournal(workspace);
        Pending first = journal.put("device", "pump-01", status(1), T0);
        journal.put("device", "pump-02", status(1), T0);
        journal.put("command", "c-3", status(1), T0);
        journal.done(first);

        MirrorJournal restarted = new MirrorJournal(workspace);

        assertEquals(List.of("pump-02", "c-3"), keys(restarted));
        assertEquals(journal.installation(), restarted.installation());
    }

    @Test
    void aNewerChangeOfARowReplacesTheOlderAndOutlivesItsAcknowledgement() throws Exception {
        MirrorJournal journal = new MirrorJournal(workspace);
        Pending inProgress = journal.put("command", "c-1", status(192_350_000), T0);
        journal.put("command", "c-1", status(192_350_001), T0.plusSeconds(1));

        journal.done(inProgress);

        List<Pending> waiting = new MirrorJournal(workspace).waiting();
        assertEquals(1, waiting.size());
        assertEquals(192_350_001, waiting.get(0).fields().get("msdyn_commandstatus").asInt());
    }

    @Test
    void aLineCutShortByACrashIsSkipped() throws Exception {
        MirrorJournal journal = new MirrorJournal(workspace);
        journal.put("device", "pump-01", status(1), T0);
        Files.writeString(journal.file(), "{\"seq\":2,\"kind\":\"dev", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertEquals(List.of("pump-01"), keys(new MirrorJournal(workspace)));
    }
}
