package org.connectedservice.devices.internal.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.EffectCheck;
import org.connectedservice.core.devices.EffectStatus;

/**
 * The effect checks still open: each passes when the gateway sees the device do what the command declared (a
 * heartbeat, any message) after the command, and fails when its time runs out first.
 */
final class EffectWatch {

    private record Check(CommandRecord record, EffectCheck effect, Instant since, Instant deadline) {
    }

    private final DeviceGateway gateway;
    private final TrackedHistory history;
    private final Clock clock;
    private final List<Check> open = new ArrayList<>();

    EffectWatch(DeviceGateway gateway, TrackedHistory history, Clock clock) {
        this.gateway = gateway;
        this.history = history;
        this.clock = clock;
    }

    /** A heartbeat counts from when the command started, any other message from when it was answered. */
    synchronized void watch(CommandRecord record, EffectCheck effect) {
        Instant since = effect.kind() == EffectCheck.Kind.HEARTBEAT ? record.time() : record.completedAt();
        open.add(new Check(record, effect, since, record.time().plus(effect.within())));
    }

    synchronized boolean isOpen(long recordId) {
        return open.stream().anyMatch(c -> c.record().id() == recordId);
    }

    /** Decides every check that can be decided now and records the verdicts. */
    void evaluate() {
        List<CommandRecord> decided = new ArrayList<>();
        synchronized (this) {
            if (open.isEmpty()) {
                return;
            }
            Map<String, DeviceConnection> connections = gateway.connections();
            Instant now = clock.instant();
            for (Iterator<Check> it = open.iterator(); it.hasNext();) {
                Check check = it.next();
                CommandRecord verdict = verdict(check, connections.get(check.record().deviceId()), now);
                if (verdict != null) {
                    it.remove();
                    decided.add(verdict);
                }
            }
        }
        decided.forEach(history::update);
    }

    private static CommandRecord verdict(Check check, DeviceConnection connection, Instant now) {
        String what = check.effect().kind().label();
        Instant seen = connection == null ? null : check.effect().kind() == EffectCheck.Kind.HEARTBEAT
                ? connection.lastHeartbeat() : connection.lastActivity();
        if (seen != null && seen.isAfter(check.since()) && !seen.isAfter(check.deadline())) {
            return check.record().withEffect(EffectStatus.PASSED, what + " after "
                    + seconds(Duration.between(check.record().time(), seen)));
        }
        if (now.isBefore(check.deadline())) {
            return null;
        }
        return check.record().withEffect(EffectStatus.FAILED, "no " + what + " within "
                + check.effect().within().toSeconds() + " s");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
