package org.connectedservice.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;

/**
 * The faults of a replay as JSON Lines, one fault event per line: a RAISED line when a rule started being broken
 * and a CLEARED line (with clearedAt, and the raisedAt of its raise) when it stopped. Lines are sorted by the
 * event's time, then device, then rule, so the same input always gives the same bytes.
 */
final class FaultLines {

    private static final Comparator<Line> ORDER = Comparator.comparing((Line l) -> l.fault.time())
            .thenComparing(l -> l.fault.deviceId())
            .thenComparing(l -> l.fault.ruleId())
            .thenComparing(l -> l.fault.kind())
            .thenComparing(l -> l.fault.windowStart())
            .thenComparing(l -> l.sequence);

    private record Line(Fault fault, Instant raisedAt, long sequence) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Instant> openRaises = new HashMap<>();
    private long raised;
    private long cleared;

    /** Takes faults in the order the evaluator produced them, which pairs each clear with its raise. */
    void addAll(List<Fault> faults) {
        for (Fault fault : faults) {
            Instant raisedAt;
            if (fault.kind() == FaultKind.RAISED) {
                raised++;
                raisedAt = fault.time();
                openRaises.put(fault.token(), raisedAt);
            } else {
                cleared++;
                raisedAt = openRaises.remove(fault.token());
            }
            lines.add(new Line(fault, raisedAt, lines.size()));
        }
    }

    long raised() {
        return raised;
    }

    long cleared() {
        return cleared;
    }

    void write(Path out) throws IOException {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(ORDER);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Line line : sorted) {
                writer.write(render(line.fault, line.raisedAt));
                writer.write('\n');
            }
        }
    }

    static String render(Fault fault, Instant raisedAt) {
        JsonText json = JsonText.object()
                .string("token", fault.token())
                .string("kind", fault.kind().name())
                .string("deviceId", fault.deviceId())
                .string("ruleId", fault.ruleId())
                .number("ruleVersion", fault.ruleVersion())
                .string("measurement", fault.measurement())
                .number("value", fault.value())
                .number("threshold", fault.threshold())
                .time("windowStart", fault.windowStart())
                .time("raisedAt", raisedAt);
        if (fault.kind() == FaultKind.CLEARED) {
            json.time("clearedAt", fault.time());
        }
        return json.end();
    }
}
