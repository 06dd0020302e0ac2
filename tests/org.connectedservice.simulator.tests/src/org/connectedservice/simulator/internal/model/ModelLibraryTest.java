package org.connectedservice.simulator.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLibraryTest {

    @Test
    void firstUseCopiesTheExamplesIntoTheWorkspaceForEditing(@TempDir Path workspace) throws IOException {
        ModelLibrary library = ModelLibrary.inWorkspace(workspace);

        assertEquals(List.of("cold-storage-unit", "compressor", "pump", "thermostat"), library.names());
        Path thermostat = workspace.resolve("simulator/models/thermostat.json");
        assertTrue(Files.isRegularFile(thermostat));

        Files.writeString(thermostat, Files.readString(thermostat).replace("\"baseline\": 62", "\"baseline\": 55"));
        FileProblems problems = new FileProblems();
        assertEquals(55, ModelLibrary.inWorkspace(workspace).load("Thermostat", problems).primary().baseline(),
                "the user's edit is read, and a second use does not copy over it");
        assertEquals(List.of(), problems.list());
    }

    @Test
    void aDeletedExampleStaysDeletedAndAMissingModelListsWhatThereIs(@TempDir Path workspace) throws IOException {
        ModelLibrary library = ModelLibrary.inWorkspace(workspace);
        library.ensureExamples();
        Files.delete(library.directory().resolve("compressor.json"));

        FileProblems problems = new FileProblems();
        assertNull(library.load("compressor", problems));
        assertEquals("no model 'compressor'; the models folder " + library.directory()
                + " holds cold-storage-unit, pump, thermostat", problems.list().get(0).message());
    }

    @Test
    void aBrokenModelFileIsNamedWithItsPath(@TempDir Path workspace) throws IOException {
        ModelLibrary library = ModelLibrary.inWorkspace(workspace);
        library.ensureExamples();
        Path pump = library.directory().resolve("pump.json");
        Files.writeString(pump, Files.readString(pump).replace("\"noise\": 0.4", "\"noise\": -0.4"));

        FileProblems problems = new FileProblems();
        assertNull(library.load("pump", problems));
        assertEquals(pump + " line 20, sensors[1].noise: must be a number >= 0, got -0.4",
                problems.list().get(0).toString());
    }
}
