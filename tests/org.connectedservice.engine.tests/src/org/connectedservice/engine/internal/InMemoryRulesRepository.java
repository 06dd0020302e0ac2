package org.connectedservice.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.RulesRepository;

/** The RulesRepository contract in memory: every apply is a new version, told to subscribers. */
final class InMemoryRulesRepository implements RulesRepository {

    private final List<RuleSetVersion> versions = new ArrayList<>();
    private final List<Consumer<RuleSetVersion>> listeners = new CopyOnWriteArrayList<>();

    InMemoryRulesRepository(List<ThresholdRule> initial) {
        versions.add(new RuleSetVersion(1, Instant.EPOCH, "test", "initial", initial));
    }

    @Override
    public synchronized List<ThresholdRule> activeRules() {
        return activeVersion().rules();
    }

    @Override
    public synchronized RuleSetVersion activeVersion() {
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized List<RuleSetVersion> history() {
        return List.copyOf(versions);
    }

    @Override
    public RuleSetVersion apply(List<ThresholdRule> rules, String author, String comment) {
        RuleSetVersion version;
        synchronized (this) {
            version = new RuleSetVersion(versions.size() + 1, Instant.EPOCH, author, comment, rules);
            versions.add(version);
        }
        listeners.forEach(l -> l.accept(version));
        return version;
    }

    @Override
    public RuleSetVersion rollback(int versionNumber, String author, String comment) {
        return apply(versions.get(versionNumber - 1).rules(), author, comment);
    }

    @Override
    public String source() {
        return "memory";
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }

    @Override
    public AutoCloseable subscribe(Consumer<RuleSetVersion> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int subscribers() {
        return listeners.size();
    }
}
