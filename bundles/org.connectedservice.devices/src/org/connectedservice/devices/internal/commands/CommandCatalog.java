package org.connectedservice.devices.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.connectedservice.core.devices.CommandDefinition;
import org.connectedservice.core.devices.CommandKind;
import org.connectedservice.core.devices.CommandParameter;
import org.connectedservice.core.devices.EffectCheck;

/** The command definitions the console offers, looked up by name. */
public final class CommandCatalog {

    public static final String REBOOT = "Reboot";
    public static final String DISPLAY_MESSAGE = "Display message";
    public static final String SET_INTERVAL = "Set interval";
    public static final String SET_SETPOINT = "Set setpoint";

    private final List<CommandDefinition> definitions;

    public CommandCatalog(List<CommandDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** Reboot, display message and set interval, as the simulated and the sample devices understand them. */
    public static CommandCatalog shipped() {
        return new CommandCatalog(List.of(
                new CommandDefinition(REBOOT, CommandKind.DIRECT_METHOD, "reboot", "null", List.of(),
                        Duration.ofSeconds(30), Duration.ofSeconds(10),
                        new EffectCheck(EffectCheck.Kind.HEARTBEAT, Duration.ofSeconds(60)),
                        "Restarts the device: it goes silent, then sends a heartbeat"),
                new CommandDefinition(DISPLAY_MESSAGE, CommandKind.CLOUD_TO_DEVICE, "displayMessage",
                        "{\"message\": ${message}}",
                        List.of(CommandParameter.text("message", 200, "The text the device shows")),
                        Duration.ofMinutes(5), Duration.ZERO, null,
                        "Shows a message on the device's display; waits up to 5 minutes for an offline device"),
                new CommandDefinition(SET_INTERVAL, CommandKind.DIRECT_METHOD, "setInterval",
                        "{\"seconds\": ${seconds}}",
                        List.of(CommandParameter.number("seconds", 1, 86_400, "Seconds between two messages")),
                        Duration.ofSeconds(30), Duration.ofSeconds(10), null,
                        "Changes how often the device sends telemetry"),
                new CommandDefinition(SET_SETPOINT, CommandKind.DESIRED_PROPERTY, "setpoint", "${setpoint}",
                        List.of(CommandParameter.number("setpoint", 40, 90, "The temperature to hold, in °F")),
                        Duration.ofSeconds(60), Duration.ZERO, null,
                        "Sets the desired setpoint; done when the device reports it back")));
    }

    public List<CommandDefinition> definitions() {
        return definitions;
    }

    /** @throws IllegalArgumentException naming the commands there are */
    public CommandDefinition find(String name) {
        return definitions.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown command '" + name + "': the commands are "
                        + definitions.stream().map(CommandDefinition::name).collect(Collectors.joining(", "))));
    }
}
