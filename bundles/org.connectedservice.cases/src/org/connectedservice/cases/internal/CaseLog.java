package org.connectedservice.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedservice.core.cases.ServiceRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The cases and work orders of a workspace as a JSON Lines log: every change appends the whole record as one line,
 * written in one go and forced to disk, and the last line of an id wins on reading. Lines that cannot be read are
 * reported with their number and left in the file untouched; ids found in them still count as used.
 */
final class CaseLog {

    static final Pattern ID = Pattern.compile("\\b(CAS|WO)-(\\d{5,})\\b");

    /** What reading the log found: the records in file order, the lines left out, the highest number per prefix. */
    record Contents(List<ServiceRecord> records, List<String> problems, long highestCase, long highestWorkOrder) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Path file;
    private boolean needsNewline;

    CaseLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    Contents read() {
        List<ServiceRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long[] highest = new long[2];
        if (!Files.exists(file)) {
            return new Contents(records, problems, 0, 0);
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The cases file " + file + " cannot be read (" + e.getMessage()
                    + "); check its permissions, then restart the console", e);
        }
        needsNewline = !content.isEmpty() && !content.endsWith("\n");
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            countIds(line, highest);
            try {
                records.add(CaseJson.read(json.readTree(line)));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                String reason = e instanceof JsonProcessingException j ? "not JSON: " + j.getOriginalMessage()
                        : e.getMessage();
                problems.add(file.getFileName() + " line " + (i + 1) + ": " + reason
                        + "; the line is left out and kept in the file, fix or delete it there");
            }
        }
        return new Contents(records, problems, highest[0], highest[1]);
    }

    /** Appends the record; when this throws, nothing was added. */
    void append(ServiceRecord record) {
        try {
            Files.createDirectories(file.getParent());
            String line = (needsNewline ? "\n" : "") + json.writeValueAsString(CaseJson.write(record)) + "\n";
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                long before = channel.size();
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                try {
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                } catch (IOException e) {
                    channel.truncate(before);
                    throw e;
                }
            }
            needsNewline = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Saving " + record.id() + " to " + file + " failed (" + e.getMessage()
                    + "); check the disk space and permissions of the workspace, then try again", e);
        }
    }

    private static void countIds(String line, long[] highest) {
        Matcher m = ID.matcher(line);
        while (m.find()) {
            int slot = m.group(1).equals("CAS") ? 0 : 1;
            try {
                highest[slot] = Math.max(highest[slot], Long.parseLong(m.group(2)));
            } catch (NumberFormatException tooLong) {
                highest[slot] = Long.MAX_VALUE / 2;
            }
        }
    }
}
