package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.service.RulesRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The rules store of &lt;workspace&gt;/rules, watching rules.json for hand edits while active. */
@Component(service = RulesRepository.class)
public class FileRulesRepository implements RulesRepository {

    static final Duration POLL = Duration.ofSeconds(2);

    @Reference
    ConsoleWorkspace workspace;

    private RulesStore store;
    private RulesFileWatcher watcher;

    @Activate
    void activate() throws IOException {
        store = RulesStore.open(workspace.directory().resolve("rules"), Clock.systemUTC());
        watcher = RulesFileWatcher.start(store.file(), store::checkFile, POLL);
    }

    @Deactivate
    void deactivate() {
        watcher.close();
    }

    @Override
    public List<ThresholdRule> activeRules() {
        return store.activeRules();
    }

    @Override
    public RuleSetVersion activeVersion() {
        return store.activeVersion();
    }

    @Override
    public List<RuleSetVersion> history() {
        return store.history();
    }

    @Override
    public RuleSetVersion apply(List<ThresholdRule> rules, String author, String comment) {
        return store.apply(rules, author, comment);
    }

    @Override
    public RuleSetVersion rollback(int versionNumber, String author, String comment) {
        return store.rollback(versionNumber, author, comment);
    }

    @Override
    public String source() {
        return store.source();
    }

    @Override
    public Optional<String> problem() {
        return store.problem();
    }

    @Override
    public AutoCloseable subscribe(Consumer<RuleSetVersion> listener) {
        return store.subscribe(listener);
    }
}
