package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes waiting for Dataverse, kept in the workspace (dynamics/pending.jsonl) so a restart, a crash or a
 * long outage loses none. Each change is one appended line; a newer change of the same row replaces the older one,
 * and a "done" line retires a change once Dataverse has it. The file is rewritten with only the waiting changes
 * when it has grown well past them.
 */
final class MirrorJournal {

    private static final System.Logger LOG = System.getLogger(MirrorJournal.class.getName());
    static final String FOLDER = "dynamics";
    static final String FILE = "pending.jsonl";
    static final String INSTALLATION = "installation-id";
    private static final int COMPACT_AFTER_LINES = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One change waiting: kind is "device", "command" or "alert", key the device id or the row's key. */
    record Pending(long seq, String kind, String key, ObjectNode fields, Instant queuedAt) {

        String row() {
            return kind + "/" + key;
        }
    }

    private final Path file;
    private final String installation;
    private final Map<String, Pending> waiting = new LinkedHashMap<>();
    private long lastSeq;
    private int lines;

    MirrorJournal(Path workspace) throws IOException {
        Path folder = workspace.resolve(FOLDER);
        Files.createDirectories(folder);
        this.file = folder.resolve(FILE);
        this.installation = installation(folder.resolve(INSTALLATION));
        if (Files.exists(file)) {
            load();
            compact();
        }
    }

    private static String installation(Path idFile) throws IOException {
        if (Files.exists(idFile)) {
            String id = Files.readString(idFile, StandardCharsets.UTF_8).strip();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = UUID.randomUUID().toString();
        Files.writeString(idFile, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /* A line cut short by a crash while it was written is skipped: the change it held was never acknowledged. */
    private void load() throws IOException {
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (node.has("done")) {
                    retire(node.get("done").asLong());
                } else {
                    Pending p = new Pending(node.get("seq").asLong(), node.get("kind").asText(),
                            node.get("key").asText(), (ObjectNode) node.get("fields"),
                            Instant.parse(node.get("at").asText()));
                    waiting.remove(p.row());
                    waiting.put(p.row(), p);
                }
                lastSeq = Math.max(lastSeq, node.has("done") ? node.get("done").asLong() : node.get("seq").asLong());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, file + " line " + number + " is not a change the console wrote (" + e
                        + "); it is skipped");
            }
        }
    }

    Path file() {
        return file;
    }

    String installation() {
        return installation;
    }

    /** Keeps the change; when the file cannot be written it is still held here, and the IOException says why. */
    synchronized Pending put(String kind, String key, ObjectNode fields, Instant at) throws IOException {
        Pending p = new Pending(++lastSeq, kind, key, fields, at);
        waiting.remove(p.row());
        waiting.put(p.row(), p);
        append(line(p));
        return p;
    }

    /** Retires the change, unless a newer change of the same row came in meanwhile. */
    synchronized void done(Pending p) throws IOException {
        if (waiting.get(p.row()) != null && waiting.get(p.row()).seq() == p.seq()) {
            waiting.remove(p.row());
            append(JSON.createObjectNode().put("done", p.seq()));
            if (lines > COMPACT_AFTER_LINES && lines > 4 * waiting.size()) {
                compact();
            }
        }
    }

    private void retire(long seq) {
        waiting.values().removeIf(p -> p.seq() == seq);
    }

    synchronized List<Pending> waiting() {
        return new ArrayList<>(waiting.values());
    }

    synchronized int size() {
        return waiting.size();
    }

    private static ObjectNode line(Pending p) {
        ObjectNode line = JSON.createObjectNode().put("seq", p.seq()).put("kind", p.kind()).put("key", p.key())
                .put("at", p.queuedAt().toString());
        line.set("fields", p.fields());
        return line;
    }

    private void append(ObjectNode line) throws IOException {
        Files.writeString(file, line.toString() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        lines++;
    }

    private void compact() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Pending p : waiting.values()) {
            text.append(line(p)).append('\n');
        }
        Path temp = file.resolveSibling(FILE + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        lines = waiting.size();
    }
}
