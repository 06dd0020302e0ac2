package org.connectedservice.simulator.internal.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.connectedservice.core.simulation.ReplayedLine;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.model.FileProblems;

/**
 * A CSV recording: the header time,deviceId,deviceType,measurement..., one message per row, an empty cell for a
 * measurement the row lacks. The whole file is checked before the first row goes out.
 */
final class CsvRecording {

    private static final List<String> FIXED = List.of("time", "deviceId", "deviceType");
    private static final int MAX_PROBLEMS = 20;

    private final Path file;

    CsvRecording(Path file) {
        this.file = file;
    }

    void check(FileProblems problems) throws IOException {
        forEachRow(problems, row -> {
        });
    }

    /** Hands on each row rendered in the JSON Lines replay format. */
    void rows(Consumer<ReplayedLine> out) throws IOException {
        FileProblems problems = new FileProblems();
        forEachRow(problems, out);
        problems.throwIfAny();
    }

    private void forEachRow(FileProblems problems, Consumer<ReplayedLine> out) throws IOException {
        String name = file.toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = header(reader.readLine(), name, problems);
            if (header == null) {
                return;
            }
            int count = 0;
            String line;
            long number = 1;
            while ((line = reader.readLine()) != null && count < MAX_PROBLEMS) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ReplayedLine row = row(header, CsvSplitter.split(line), number, name, problems);
                if (row == null && ++count == MAX_PROBLEMS) {
                    problems.add(name, (int) number, "", "stopped checking after " + MAX_PROBLEMS + " bad rows");
                } else if (row != null) {
                    out.accept(row);
                }
            }
        }
    }

    private static List<String> header(String line, String file, FileProblems problems) {
        if (line == null) {
            problems.add(file, 1, "", "the file is empty; it needs the header time,deviceId,deviceType,<measurements>");
            return null;
        }
        List<String> header = CsvSplitter.split(line.startsWith("\uFEFF") ? line.substring(1) : line);
        for (int i = 0; i < FIXED.size(); i++) {
            if (header.size() <= i || !header.get(i).trim().equalsIgnoreCase(FIXED.get(i))) {
                problems.add(file, 1, "column " + (i + 1), "the header must begin time,deviceId,deviceType; column "
                        + (i + 1) + " is '" + (header.size() > i ? header.get(i) : "") + "'");
                return null;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = FIXED.size(); i < header.size(); i++) {
            String measurement = header.get(i).trim();
            if (measurement.isEmpty() || !seen.add(measurement)) {
                problems.add(file, 1, "column " + (i + 1), "each measurement column needs its own name, got '"
                        + measurement + "'");
                return null;
            }
        }
        if (header.size() == FIXED.size()) {
            problems.add(file, 1, "", "the header names no measurement after time,deviceId,deviceType");
            return null;
        }
        return header.stream().map(String::trim).toList();
    }

    private static ReplayedLine row(List<String> header, List<String> cells, long number, String file,
            FileProblems problems) {
        if (cells.size() != header.size()) {
            problems.add(file, (int) number, "", "has " + cells.size() + " cells; the header has " + header.size());
            return null;
        }
        Instant time = RecordedTimes.time(cells.get(0));
        String deviceId = cells.get(1).trim();
        String deviceType = cells.get(2).trim();
        boolean ok = true;
        if (time == null) {
            ok = problem(problems, file, number, "time", "'" + cells.get(0) + "' is not a time like "
                    + "2025-03-01T08:00:00Z or epoch milliseconds");
        }
        if (deviceId.isEmpty()) {
            ok = problem(problems, file, number, "deviceId", "is empty");
        }
        StringBuilder body = new StringBuilder("{");
        for (int i = FIXED.size(); i < header.size(); i++) {
            String cell = cells.get(i).trim();
            if (cell.isEmpty()) {
                continue;
            }
            try {
                double value = Double.parseDouble(cell);
                body.append(body.length() > 1 ? "," : "").append('"').append(header.get(i).replace("\"", "\\\""))
                        .append("\":").append(Double.isFinite(value) ? String.valueOf(value) : "null");
            } catch (NumberFormatException e) {
                ok = problem(problems, file, number, header.get(i), "'" + cell + "' is not a number");
            }
        }
        if (!ok) {
            return null;
        }
        String messageId = "csv-" + number;
        SimulatedMessage message = new SimulatedMessage(deviceId, deviceType, messageId, time,
                deviceType.isEmpty() ? Map.of() : Map.of("DeviceType", deviceType), body.append('}').toString(), true);
        return new ReplayedLine(number, time, deviceId, message.toJsonLine());
    }

    private static boolean problem(FileProblems problems, String file, long line, String column, String message) {
        problems.add(file, (int) line, "column " + column, message);
        return false;
    }

    static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
