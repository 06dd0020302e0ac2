package org.connectedservice.core.service;

import java.util.List;

import org.connectedservice.core.model.ThresholdRule;

/** The threshold rules store as the engine and the charts see it: the rules currently in force. */
public interface RulesRepository {

    List<ThresholdRule> activeRules();

    /** Where the active rules came from, for messages ("~/.connectedservice/rules/devicerules.json"). */
    String source();
}
