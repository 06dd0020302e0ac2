package org.connectedservice.core.series;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes what a chart shows as CSV, one row per drawn point: a single reading fills value; a reduced pixel column
 * fills min, max and how many readings it stands for. Times are ISO-8601 UTC, numbers use a dot.
 */
public final class VisibleDataCsv {

    public static final String HEADER = "time,device,measurement,value,min,max,readings";

    private VisibleDataCsv() {
    }

    public static void write(Path file, List<ColumnTrace> traces, TimeWindow window) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, traces, window);
        }
    }

    /** The traces' points inside the window, trace by trace, oldest first. */
    public static void write(Appendable out, List<ColumnTrace> traces, TimeWindow window) throws IOException {
        out.append(HEADER).append('\n');
        for (ColumnTrace trace : traces) {
            String device = field(trace.key().deviceId());
            String measurement = field(trace.key().measurement());
            for (int i = 0; i < trace.size(); i++) {
                if (!window.contains(trace.times()[i])) {
                    continue;
                }
                out.append(Instant.ofEpochMilli(trace.times()[i]).toString()).append(',').append(device).append(',')
                        .append(measurement).append(',');
                long count = trace.counts()[i];
                if (count == 1) {
                    out.append(number(trace.mins()[i])).append(",,,1");
                } else {
                    out.append(',').append(number(trace.mins()[i])).append(',').append(number(trace.maxs()[i]))
                            .append(',').append(Long.toString(count));
                }
                out.append('\n');
            }
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
