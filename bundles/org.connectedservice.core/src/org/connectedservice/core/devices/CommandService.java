package org.connectedservice.core.devices;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends commands to devices and keeps their history. In embedded mode commands go to the simulated devices, with an
 * IoT Hub profile through the hub's clients; either way through a {@link DeviceGateway}.
 */
public interface CommandService {

    List<CommandDefinition> definitions();

    /** Command definition files left out because they are broken, one line each naming file, line and field. */
    default List<String> definitionProblems() {
        return List.of();
    }

    /** What is wrong with these values for the command, one sentence per parameter; empty when it can be sent. */
    List<String> validate(String command, Map<String, String> values);

    /** The JSON payload these values make, for showing before sending. */
    String payload(String command, Map<String, String> values);

    /**
     * Starts sending and returns at once; progress hears every change on the sending threads.
     *
     * @throws IllegalArgumentException when the command is unknown, a value does not match its parameter, or the
     *             target holds no device; nothing is sent or recorded then
     */
    CommandRun send(CommandRequest request, Consumer<RunProgress> progress);

    List<CommandRecord> history(int limit);

    List<CommandRecord> historyOfDevice(String deviceId, int limit);

    List<CommandRecord> historyOfAsset(String asset, int limit);

    /** Hears every record added or changed (status, response, effect check), on the thread that changed it. */
    AutoCloseable subscribe(Consumer<CommandRecord> listener);
}
