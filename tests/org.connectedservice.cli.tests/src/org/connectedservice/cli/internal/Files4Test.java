package org.connectedservice.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Telemetry and rules files as a user would hand them to the commands, and a command's captured output. */
final class Files4Test {

    static final String DEVICE_RULES = """
            [{"DeviceType":"Thermostat","Temperature":70.0,"TemperatureRuleOutput":"AlarmTemp",
              "Humidity":null,"HumidityRuleOutput":null}]
            """;

    private Files4Test() {
    }

    static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path lines(Path folder, String name, List<String> lines) {
        return write(folder, name, String.join("\n", lines) + "\n");
    }

    /** One IoT Hub message in the replay format. */
    static String message(String deviceId, String time, String id, double temperature) {
        return "{\"deviceId\":\"" + deviceId + "\",\"enqueuedTime\":\"" + time + "\",\"messageId\":\"" + id
                + "\",\"properties\":{\"DeviceType\":\"Thermostat\"},\"systemProperties\":{},"
                + "\"body\":{\"Temperature\":" + temperature + ",\"Humidity\":40}}";
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    static Run run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
