package org.connectedservice.engine.internal;

import java.util.List;
import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.service.RulesRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The rules of &lt;workspace&gt;/rules/devicerules.json, created with the default rules on first start. */
@Component(service = RulesRepository.class)
public class FileRulesRepository implements RulesRepository {

    @Reference
    private ConsoleWorkspace workspace;

    private DeviceRulesFile rulesFile;

    @Activate
    void activate() {
        rulesFile = new DeviceRulesFile(workspace.directory().resolve("rules").resolve("devicerules.json"));
        rulesFile.rules();
    }

    @Override
    public List<ThresholdRule> activeRules() {
        return rulesFile.rules();
    }

    @Override
    public String source() {
        return rulesFile.file().toString();
    }

    @Override
    public Optional<String> problem() {
        return rulesFile.problem();
    }
}
