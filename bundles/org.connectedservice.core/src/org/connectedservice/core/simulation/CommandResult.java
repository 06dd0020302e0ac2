package org.connectedservice.core.simulation;

/** A device's answer to a command, shaped like an IoT Hub direct method response (200 ok, 400, 404). */
public record CommandResult(int status, String message) {

    public static CommandResult ok(String message) {
        return new CommandResult(200, message);
    }

    public static CommandResult badRequest(String message) {
        return new CommandResult(400, message);
    }

    public static CommandResult notFound(String message) {
        return new CommandResult(404, message);
    }

    public boolean succeeded() {
        return status == 200;
    }
}
