package org.connectedservice.devices.internal.commands;

import java.util.List;
import java.util.stream.Collectors;

import org.connectedservice.core.devices.CommandDefinition;

/** The command definitions the console offers, looked up by name; the constants name the shipped ones. */
public final class CommandCatalog {

    public static final String REBOOT = "Reboot";
    public static final String DISPLAY_MESSAGE = "Display message";
    public static final String SET_INTERVAL = "Set interval";
    public static final String SET_SETPOINT = "Set setpoint";

    private final List<CommandDefinition> definitions;

    public CommandCatalog(List<CommandDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
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
