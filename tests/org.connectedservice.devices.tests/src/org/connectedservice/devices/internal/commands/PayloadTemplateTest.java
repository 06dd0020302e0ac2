package org.connectedservice.devices.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandParameter;
import org.connectedservice.core.devices.ParameterType;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    private static final CommandDefinition CONFIGURE = new CommandDefinition("Configure", CommandKind.DIRECT_METHOD,
            "configure", "{\"mode\": ${mode}, \"fans\": ${fans}, \"eco\": ${eco}, \"label\": ${label}}",
            List.of(new CommandParameter("mode", ParameterType.TEXT, true, Double.NaN, Double.NaN, 0,
                    List.of("heat", "cool"), null, ""),
                    new CommandParameter("fans", ParameterType.INTEGER, true, 1, 4, 0, List.of(), "2", ""),
                    new CommandParameter("eco", ParameterType.BOOLEAN, false, Double.NaN, Double.NaN, 0, List.of(),
                            null, ""),
                    CommandParameter.text("label", 10, "").withDefault("")),
            Duration.ofSeconds(30), Duration.ZERO, null, "");

    private static List<String> problems(Map<String, String> values) {
        return PayloadTemplate.problems(CONFIGURE, values);
    }

    @Test
    void eachParameterIsCheckedByItsTypeWithASentenceThatSaysWhatFits() {
        assertEquals(List.of("mode is required", "label is required"), problems(Map.of()));
        assertEquals(List.of("mode must be one of heat, cool, got 'dry'", "fans must be a whole number, got '2.5'",
                "eco must be true or false, got 'yes'", "label is 11 characters long; at most 10 fit"),
                problems(Map.of("mode", "dry", "fans", "2.5", "eco", "yes", "label", "Lobby north")));
        assertEquals(List.of("fans must be from 1 to 4, got 9"),
                problems(Map.of("mode", "heat", "fans", "9", "label", "L")));
        assertEquals(List.of("Configure has no parameter 'speed'; its parameters are mode, fans, eco, label"),
                problems(Map.of("mode", "heat", "label", "L", "speed", "3")));
    }

    @Test
    void valuesAreWrittenAsJsonOfTheirTypeWithDefaultsAndNullForMissingOptionals() {
        assertEquals("{\"mode\":\"cool\",\"fans\":2,\"eco\":null,\"label\":\"a \\\"b\\\", c\"}",
                PayloadTemplate.render(CONFIGURE, Map.of("mode", "cool", "label", "a \"b\", c")));
        assertEquals("{\"mode\":\"heat\",\"fans\":3,\"eco\":true,\"label\":\"x\"}",
                PayloadTemplate.render(CONFIGURE, Map.of("mode", "heat", "fans", "3.0", "eco", "TRUE", "label", "x")));
    }

    @Test
    void renderingRefusesValuesThatDoNotFit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PayloadTemplate.render(CONFIGURE, Map.of("mode", "heat")));
        assertEquals("Configure: label is required; nothing was sent", e.getMessage());
    }

    @Test
    void theShippedCommandsMakeJson() {
        CommandCatalog shipped = CommandLibrary.shipped();
        assertEquals("null", PayloadTemplate.render(shipped.find("reboot"), Map.of()));
        assertEquals("{\"message\":\"hi\"}", PayloadTemplate.render(shipped.find(CommandCatalog.DISPLAY_MESSAGE),
                Map.of("message", "hi")));
        assertEquals("{\"seconds\":1.5}", PayloadTemplate.render(shipped.find(CommandCatalog.SET_INTERVAL),
                Map.of("seconds", " 1.50 ")));
        assertEquals("unknown command 'selfDestruct': the commands are Reboot, Display message, Set interval,"
                + " Set setpoint", assertThrows(IllegalArgumentException.class, () -> shipped.find("selfDestruct"))
                        .getMessage());
    }
}
