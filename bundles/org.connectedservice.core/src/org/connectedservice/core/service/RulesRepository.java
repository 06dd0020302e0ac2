package org.connectedservice.core.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.ThresholdRule;

/**
 * The threshold rules store: a versioned document in the workspace. Every change is a new version with time, author
 * and comment; a broken file on disk never replaces the last good version.
 */
public interface RulesRepository {

    List<ThresholdRule> activeRules();

    RuleSetVersion activeVersion();

    /** All versions, oldest first. */
    List<RuleSetVersion> history();

    /**
     * Makes these rules the active set as a new version. A rule whose content changed gets its version number raised,
     * so faults always name the exact rule text that fired them.
     *
     * @throws IllegalArgumentException naming the rule and field when a rule is invalid; nothing changes then
     */
    RuleSetVersion apply(List<ThresholdRule> rules, String author, String comment);

    /** Makes an earlier version's rules active again, as a new version. */
    RuleSetVersion rollback(int versionNumber, String author, String comment);

    /** Where the active rules live, for messages. */
    String source();

    /** Why the rules file on disk is not in force (the last good rules are), or empty when it is. */
    Optional<String> problem();

    /** Told of every new active version, on the thread that made it. */
    AutoCloseable subscribe(Consumer<RuleSetVersion> listener);
}
