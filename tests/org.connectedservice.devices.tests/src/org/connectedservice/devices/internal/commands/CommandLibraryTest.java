package org.connectedservice.devices.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.EffectCheck;
import org.connectedservice.core.simulation.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLibraryTest {

    private static final String FLASH_LED = """
            {
              "name": "Flash LED",
              "kind": "directMethod",
              "target": "flashLed",
              "payload": { "times": "${times}", "colour": "${colour}" },
              "parameters": [
                { "name": "times", "type": "integer", "min": 1, "max": 10 },
                { "name": "colour", "type": "text", "choices": ["red", "green"], "default": "red" }
              ],
              "timeoutSeconds": 15
            }
            """;

    @TempDir
    Path workspace;

    private CommandLibrary library() {
        return CommandLibrary.inWorkspace(workspace);
    }

    private Path write(String name, String text) throws IOException {
        Path folder = workspace.resolve(CommandLibrary.FOLDER);
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> names(CommandCatalog catalog) {
        return catalog.definitions().stream().map(CommandDefinition::name).toList();
    }

    @Test
    void aFirstRunCopiesTheShippedDefinitionsAndOffersThemAsShipped() {
        CommandLibrary library = library();
        library.ensureShipped();

        for (String name : CommandLibrary.SHIPPED) {
            assertTrue(Files.isRegularFile(workspace.resolve("commands").resolve(name + ".json")), name);
        }
        CommandDefinition reboot = library.catalog().find(CommandCatalog.REBOOT);
        assertEquals(CommandKind.DIRECT_METHOD, reboot.kind());
        assertEquals(Duration.ofSeconds(30), reboot.timeout());
        assertEquals(Duration.ofSeconds(10), reboot.connectTimeout());
        assertEquals(new EffectCheck(EffectCheck.Kind.HEARTBEAT, Duration.ofSeconds(60)), reboot.effect());
        assertEquals(List.of("Display message", "Reboot", "Set interval", "Set setpoint"), names(library.catalog()));
        assertEquals(List.of(), library.problems());
    }

    @Test
    void anAdminsOwnDefinitionIsOfferedWithItsTypedPayload() throws IOException {
        write("flash-led.json", FLASH_LED);
        CommandLibrary library = library();
        library.ensureShipped();

        assertEquals(List.of("Flash LED"), names(library.catalog()), "an existing folder is the admin's");
        CommandDefinition flash = library.catalog().find("flash led");
        assertEquals("{\"times\":3,\"colour\":\"red\"}", PayloadTemplate.render(flash, Map.of("times", "3")));
        assertEquals(List.of("times must be from 1 to 10, got 11", "colour must be one of red, green, got 'blue'"),
                PayloadTemplate.problems(flash, Map.of("times", "11", "colour", "blue")));
    }

    @Test
    void aBrokenFileIsLeftOutNamingLineAndFieldWhileTheOthersLoad() throws IOException {
        write("flash-led.json", FLASH_LED);
        Path broken = write("beep.json", """
                {
                  "name": "Beep",
                  "kind": "directMethod",
                  "target": "beep",
                  "payload": { "volume": "${loudness}", "note": "level ${volume}" },
                  "parameters": [
                    { "name": "volume", "type": "decimal" }
                  ],
                  "timeoutSeconds": -5,
                  "effects": null
                }
                """);

        CommandLibrary library = library();

        assertEquals(List.of("Flash LED"), names(library.catalog()));
        assertEquals(List.of(
                broken + " line 10, effects: unknown field 'effects'; known fields are name, description, kind, target,"
                        + " payload, parameters, timeoutSeconds, connectTimeoutSeconds, effect",
                broken + " line 7, parameters[0].type: unknown type 'decimal'; use text, integer, number or boolean",
                broken + " line 5, payload: ${volume} must be a whole value, like \"field\": \"${volume}\", not part"
                        + " of a longer text",
                broken + " line 5, payload: ${loudness} is not one of the parameters; add a parameter named"
                        + " 'loudness' or correct the name",
                broken + " line 9, timeoutSeconds: must be a number from 0.001 to 86400, got -5"),
                library.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithItsLine() throws IOException {
        Path broken = write("beep.json", "{\n  \"name\": \"Beep\",\n  \"kind\" \"directMethod\"\n}\n");

        FileProblem problem = library().problems().get(0);

        assertEquals(broken.toString(), problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("not valid JSON: "), problem.message());
    }

    @Test
    void anEmptyFolderOffersTheShippedDefinitions() throws IOException {
        Files.createDirectories(workspace.resolve(CommandLibrary.FOLDER));
        CommandLibrary library = library();
        library.ensureShipped();

        assertEquals(names(CommandLibrary.shipped()), names(library.catalog()));
    }

    @Test
    void anEditAnAddedFileAndASecondUseOfANameAreNoticedWithoutARestart() throws IOException {
        Path flash = write("flash-led.json", FLASH_LED);
        CommandLibrary library = library();
        assertEquals(Duration.ofSeconds(15), library.catalog().find("Flash LED").timeout());

        Files.writeString(flash, FLASH_LED.replace("\"timeoutSeconds\": 15", "\"timeoutSeconds\": 120"));
        Path copy = write("more-flashing.json", FLASH_LED);

        assertEquals(Duration.ofSeconds(120), library.catalog().find("Flash LED").timeout());
        assertEquals(List.of(copy + " line 1, name: 'Flash LED' is already defined in flash-led.json; rename one"
                + " of them"), library.problems().stream().map(FileProblem::toString).toList());
    }
}
