package org.connectedservice.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.engine.internal.eval.RuleEvaluator;
import org.connectedservice.engine.internal.rules.RulesFileException;
import org.connectedservice.engine.internal.rules.RulesFiles;

/** Rules handed over on the command line, in our rules format or as a devicerules.json. */
final class RuleFiles {

    private RuleFiles() {
    }

    static List<ThresholdRule> read(Path file) throws CommandException {
        Arguments.existingFile("rules file", file);
        try {
            return RulesFiles.read(file);
        } catch (RulesFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** A fresh evaluator with the rules in force; a rule it cannot use is named in the message. */
    static RuleEvaluator evaluator(List<ThresholdRule> rules, Function<String, String> assetOf)
            throws CommandException {
        RuleEvaluator evaluator = new RuleEvaluator(assetOf);
        try {
            evaluator.setRules(rules);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        return evaluator;
    }
}
