package org.connectedservice.engine.internal.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams a JSON Lines file one line at a time with its 1-based line number, so a replay of any size runs in
 * constant memory. Bytes that are not UTF-8 become U+FFFD rather than stopping the replay: the line they are in
 * then fails to decode and is quarantined on its own.
 */
final class JsonLinesFile {

    @FunctionalInterface
    interface LineHandler {
        void line(long number, String text);
    }

    private static final int BUFFER_CHARS = 1 << 16;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private JsonLinesFile() {
    }

    /** @return the number of lines read */
    static long forEachLine(Path file, LineHandler handler) throws IOException {
        long number = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS)) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            while (line != null) {
                handler.line(++number, line);
                line = reader.readLine();
            }
        } catch (NoSuchFileException e) {
            throw new IOException("the replay file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new IOException("the replay file " + file + " could not be read after line " + number + ": "
                    + e.getMessage(), e);
        }
        return number;
    }
}
