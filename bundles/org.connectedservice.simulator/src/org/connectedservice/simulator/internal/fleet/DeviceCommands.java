package org.connectedservice.simulator.internal.fleet;

import java.util.Locale;

import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.simulator.internal.model.DeviceModel;

/** How a simulated device answers commands and desired-property changes, like a device behind IoT Hub would. */
final class DeviceCommands {

    static final double MIN_INTERVAL_SECONDS = 0.01;
    static final double MAX_INTERVAL_SECONDS = 86_400;

    private DeviceCommands() {
    }

    static CommandResult run(SimulatedDevice device, String command, String payload, long now) {
        DeviceModel model = device.model();
        String known = model.commands().stream().filter(c -> c.equalsIgnoreCase(command.trim())).findFirst()
                .orElse(null);
        if (known == null) {
            return CommandResult.notFound(device.id() + " does not understand '" + command + "'; it understands "
                    + (model.commands().isEmpty() ? "no commands" : String.join(", ", model.commands())));
        }
        return switch (known) {
            case DeviceModel.REBOOT -> {
                device.reboot(now, model.rebootSilence().toMillis());
                yield CommandResult.ok(device.id() + " is rebooting: silent for " + seconds(model.rebootSilence()
                        .toMillis()) + " s, then it sends a heartbeat");
            }
            case DeviceModel.DISPLAY_MESSAGE -> {
                device.displayMessage = CommandPayloads.text(payload, "message");
                yield CommandResult.ok(device.id() + " shows '" + device.displayMessage + "'");
            }
            case DeviceModel.SET_INTERVAL -> setInterval(device, payload, now);
            default -> CommandResult.notFound(device.id() + " cannot run '" + known + "'");
        };
    }

    private static CommandResult setInterval(SimulatedDevice device, String payload, long now) {
        double seconds = CommandPayloads.number(payload, "seconds");
        if (!(seconds >= MIN_INTERVAL_SECONDS && seconds <= MAX_INTERVAL_SECONDS)) {
            return CommandResult.badRequest("setInterval needs a number of seconds from " + MIN_INTERVAL_SECONDS
                    + " to " + (long) MAX_INTERVAL_SECONDS + ", got '" + payload + "'");
        }
        long millis = Math.round(seconds * 1000);
        device.changeInterval(now, millis);
        return CommandResult.ok(device.id() + " now sends every " + seconds(millis) + " s");
    }

    /** Twin semantics: the device applies the desired value and reports it back. */
    static CommandResult desired(SimulatedDevice device, String name, String value) {
        if (name == null || name.isBlank()) {
            return CommandResult.badRequest("a desired property needs a name");
        }
        String text = CommandPayloads.text(value, name);
        device.reported.put(name.trim(), text);
        return CommandResult.ok(device.id() + " reports " + name.trim() + " = " + text);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }
}
