package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.RulesRepository;

/**
 * The versioned threshold rules store of one workspace rules folder (see {@link VersionFiles}). Changes are
 * serialised; reads never wait, so a listener or the engine can read while a change is being made. A hand edit of
 * rules.json is taken in by {@link #checkFile()}: if it parses it becomes a new version, if not the last good
 * version stays in force and {@link #problem()} says what to fix.
 */
public final class RulesStore implements RulesRepository {

    public static final String FILE_EDIT_AUTHOR = "file edit";

    private static final Logger LOG = System.getLogger(RulesStore.class.getName());

    private final VersionFiles files;
    private final Clock clock;
    private final Object changeLock = new Object();
    private final List<Consumer<RuleSetVersion>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<RuleSetVersion> history = List.of();
    private volatile String problem;
    private byte[] lastSeenFile;

    private RulesStore(Path directory, Clock clock) {
        this.files = new VersionFiles(directory);
        this.clock = clock;
    }

    /**
     * Opens the rules folder: loads its versions, or makes version 1 from rules.json, an older devicerules.json or
     * the default rules; then takes in any edit of rules.json made while the console was closed.
     */
    public static RulesStore open(Path directory, Clock clock) throws IOException {
        RulesStore store = new RulesStore(directory, clock);
        synchronized (store.changeLock) {
            store.history = store.files.loadHistory();
            if (store.history.isEmpty()) {
                new FirstVersion(store.files, store).create();
            }
            store.checkFile();
        }
        return store;
    }

    public Path file() {
        return files.activeFile();
    }

    @Override
    public List<ThresholdRule> activeRules() {
        return activeVersion().rules();
    }

    @Override
    public RuleSetVersion activeVersion() {
        List<RuleSetVersion> h = history;
        return h.get(h.size() - 1);
    }

    @Override
    public List<RuleSetVersion> history() {
        return history;
    }

    public Optional<RuleSetVersion> version(int number) {
        return history.stream().filter(v -> v.number() == number).findFirst();
    }

    /** @throws IllegalArgumentException when either version does not exist */
    public RuleSetDiff diff(int fromVersion, int toVersion) {
        return RuleSetDiff.between(existing(fromVersion), existing(toVersion));
    }

    @Override
    public RuleSetVersion apply(List<ThresholdRule> rules, String author, String comment) {
        synchronized (changeLock) {
            checkFile();
            return commit(rules, orDefault(author, DefaultRules.AUTHOR), comment == null ? "" : comment, true);
        }
    }

    @Override
    public RuleSetVersion rollback(int versionNumber, String author, String comment) {
        synchronized (changeLock) {
            checkFile();
            RuleSetVersion earlier = existing(versionNumber);
            return commit(earlier.rules(), orDefault(author, DefaultRules.AUTHOR),
                    orDefault(comment, "rollback to version " + versionNumber), true);
        }
    }

    @Override
    public String source() {
        return file().toString();
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Listeners run while the change is being made, so they hear versions in order; they may read the store but
     * must not wait for another thread that changes the rules.
     */
    @Override
    public AutoCloseable subscribe(Consumer<RuleSetVersion> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Takes in rules.json if it changed since last seen; cheap when it did not. */
    public void checkFile() {
        synchronized (changeLock) {
            byte[] content;
            try {
                content = files.readActive();
                if (content == null) {
                    lastSeenFile = files.saveActive(activeVersion());
                    problem = null;
                    LOG.log(Level.INFO, "{0} was missing; wrote version {1} back", file(), activeVersion().number());
                    return;
                }
            } catch (IOException | UncheckedIOException e) {
                report(file() + " could not be read or written (" + e.getMessage() + ")");
                return;
            }
            if (Arrays.equals(content, lastSeenFile)) {
                return;
            }
            lastSeenFile = content;
            RuleSetVersion edit;
            try {
                edit = RulesJsonReader.read(VersionFiles.ACTIVE_FILE, new String(content, StandardCharsets.UTF_8));
            } catch (RulesFileException e) {
                report(e.getMessage() + ". Fix the file and save it; until then version " + activeVersion().number()
                        + " stays in force");
                return;
            }
            problem = null;
            RuleSetVersion active = activeVersion();
            if (isLeftOver(edit)) {
                lastSeenFile = files.saveActive(active);
            } else if (!RuleVersioning.sameContent(edit.rules(), active.rules())) {
                commit(edit.rules(), changedOr(edit.author(), active.author(), FILE_EDIT_AUTHOR),
                        changedOr(edit.comment(), active.comment(), "edited " + VersionFiles.ACTIVE_FILE + " by hand"),
                        true);
            }
        }
    }

    /** A rules.json still holding an older saved version: the console stopped between saving a version and it. */
    private boolean isLeftOver(RuleSetVersion edit) {
        return edit.number() < activeVersion().number() && version(edit.number())
                .filter(v -> RuleVersioning.sameContent(v.rules(), edit.rules())).isPresent();
    }

    RuleSetVersion commit(List<ThresholdRule> rules, String author, String comment, boolean writeActiveFile) {
        RuleChecks.require(rules);
        List<RuleSetVersion> before = history;
        List<ThresholdRule> current = before.isEmpty() ? List.of() : activeVersion().rules();
        RuleSetVersion version = new RuleSetVersion(before.isEmpty() ? 1 : activeVersion().number() + 1,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), author, comment,
                RuleVersioning.number(rules, current, before));
        byte[] written = files.save(version, writeActiveFile);
        if (written != null) {
            lastSeenFile = written;
            problem = null;
        }
        List<RuleSetVersion> after = new ArrayList<>(before);
        after.add(version);
        history = List.copyOf(after);
        LOG.log(Level.INFO, "rules version {0} by {1}: {2}", version.number(), author, comment);
        for (Consumer<RuleSetVersion> listener : listeners) {
            try {
                listener.accept(version);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a rules listener failed on version " + version.number(), e);
            }
        }
        return version;
    }

    void keepProblem(String message) {
        report(message);
    }

    void rememberFile(byte[] content) {
        lastSeenFile = content;
    }

    private RuleSetVersion existing(int number) {
        return version(number).orElseThrow(() -> new IllegalArgumentException("there is no rules version " + number
                + "; the versions are 1 to " + activeVersion().number()));
    }

    private void report(String message) {
        if (!Objects.equals(message, problem)) {
            LOG.log(Level.WARNING, message);
        }
        problem = message;
    }

    static String orDefault(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String changedOr(String written, String previous, String fallback) {
        return written == null || written.isBlank() || written.equals(previous) ? fallback : written;
    }
}
