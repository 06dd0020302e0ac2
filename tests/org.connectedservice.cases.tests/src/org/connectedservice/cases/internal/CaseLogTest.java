package org.connectedservice.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged cases file is named line by line, nothing in it is lost, and its ids are never given out again. */
class CaseLogTest {

    @TempDir
    Path workspace;

    private CaseBook open() {
        return new CaseBook(new CaseLog(workspace.resolve(CaseServiceComponent.FILE)),
                Clock.fixed(CaseBookTest.NOW, ZoneOffset.UTC), device -> null);
    }

    @Test
    void brokenLinesAreNamedKeptAndTheirIdsStayUsed() throws Exception {
        open().createCase(CaseBookTest.alert(1, "pump-01", Severity.HIGH), "first", "agent");
        Path file = workspace.resolve(CaseServiceComponent.FILE);
        String good = Files.readString(file);
        String broken = "{\"kind\":\"case\",\"id\":\"CAS-01005\",\"title\":\"half writ";
        String wrongField = good.strip().replace("CAS-01001", "CAS-01003").replace("\"HIGH\"", "\"URGENT\"");
        Files.writeString(file, good + wrongField + "\n" + broken, StandardCharsets.UTF_8);
        String before = Files.readString(file);

        CaseBook reopened = open();
        List<String> problems = reopened.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("records.jsonl line 2: \"priority\" is URGENT"), problems.get(0));
        assertTrue(problems.get(1).startsWith("records.jsonl line 3: not JSON"), problems.get(1));
        assertTrue(problems.get(1).contains("fix or delete it"), problems.get(1));
        assertEquals(before, Files.readString(file), "reading must not change the file");
        assertEquals(1, reopened.cases().size());

        ServiceCase next = reopened.createCase(CaseBookTest.alert(2, "pump-02", Severity.LOW), "second", "agent");
        assertEquals("CAS-01006", next.id(), "ids seen in broken lines must not be given out again");
        List<String> lines = Files.readAllLines(file);
        assertEquals(broken, lines.get(2), "the broken line is kept as it was");
        assertTrue(lines.get(3).contains("CAS-01006"), "the new case goes on its own line: " + lines);
        assertEquals(2, open().cases().size());
    }

    @Test
    void aFailedSaveSaysWhatToCheckAndRecordsNothing() throws Exception {
        Files.writeString(workspace.resolve("cases"), "a file where the cases folder should be");
        CaseBook book = open();
        UncheckedIOException failed = assertThrows(UncheckedIOException.class,
                () -> book.createCase(CaseBookTest.alert(1, "pump-01", Severity.HIGH), "first", "agent"));
        assertTrue(failed.getMessage().startsWith("Saving CAS-01001 to "), failed.getMessage());
        assertTrue(failed.getMessage().contains("check the disk space and permissions"), failed.getMessage());
        assertEquals(List.of(), book.cases());
    }
}
