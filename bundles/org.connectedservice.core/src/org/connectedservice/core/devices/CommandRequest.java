package org.connectedservice.core.devices;

import java.util.Map;
import java.util.Objects;

/** What the command panel asks for: a definition by name, the typed parameter values, who gets it, and by whom. */
public record CommandRequest(String command, Map<String, String> values, CommandTarget target, String user,
        BulkPolicy policy) {

    public CommandRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(target, "target");
        values = Map.copyOf(values);
        user = user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
        policy = policy == null ? BulkPolicy.DEFAULT : policy;
    }

    public static CommandRequest of(String command, Map<String, String> values, CommandTarget target) {
        return new CommandRequest(command, values, target, null, null);
    }
}
