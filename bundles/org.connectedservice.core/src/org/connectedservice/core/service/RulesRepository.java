package org.connectedservice.core.service;

import java.util.List;
import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;

/** The threshold rules store as the engine and the charts see it: the rules currently in force. */
public interface RulesRepository {

    List<ThresholdRule> activeRules();

    /** Where the active rules came from, for messages ("~/.connectedservice/rules/devicerules.json"). */
    String source();

    /** Why the rules file on disk is not in force (the last good rules are), or empty when it is. */
    default Optional<String> problem() {
        return Optional.empty();
    }
}
