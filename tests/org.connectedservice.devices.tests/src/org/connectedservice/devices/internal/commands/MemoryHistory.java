package org.connectedservice.devices.internal.commands;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.connectedservice.core.devices.CommandHistory;
import org.connectedservice.core.devices.CommandRecord;

/** The command history kept in memory, newest first, as the embedded store keeps it in H2. */
public final class MemoryHistory implements CommandHistory {

    private final TreeMap<Long, CommandRecord> records = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized CommandRecord add(CommandRecord record) {
        CommandRecord stored = record.withId(++lastId);
        records.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(CommandRecord record) {
        if (records.replace(record.id(), record) == null) {
            throw new IllegalArgumentException("no stored command " + record.id());
        }
    }

    @Override
    public List<CommandRecord> newest(int limit) {
        return select(r -> true, limit);
    }

    @Override
    public List<CommandRecord> ofDevice(String deviceId, int limit) {
        return select(r -> r.deviceId().equals(deviceId), limit);
    }

    @Override
    public List<CommandRecord> ofAsset(String asset, int limit) {
        return select(r -> Objects.equals(asset, r.asset()), limit);
    }

    private synchronized List<CommandRecord> select(Predicate<CommandRecord> filter, int limit) {
        List<CommandRecord> all = new ArrayList<>(records.values().stream().filter(filter).toList());
        all.sort(Comparator.comparing(CommandRecord::time).thenComparing(CommandRecord::id).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public synchronized int settleUnfinished(Instant now, String reason) {
        int settled = 0;
        for (CommandRecord record : List.copyOf(records.values())) {
            if (!record.status().isFinal()) {
                records.put(record.id(), record.withStatus(org.connectedservice.core.devices.CommandStatus.FAILED,
                        reason, now));
                settled++;
            }
        }
        return settled;
    }
}
