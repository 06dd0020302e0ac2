package org.connectedservice.engine.internal.rules;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.connectedservice.core.model.RuleSetVersion;

/**
 * Version 1 of a rules folder without versions: a rules.json already there (written by hand or copied in), else the
 * devicerules.json an earlier console kept there, else the default rules.
 */
final class FirstVersion {

    private static final Logger LOG = System.getLogger(FirstVersion.class.getName());

    private final VersionFiles files;
    private final RulesStore store;

    FirstVersion(VersionFiles files, RulesStore store) {
        this.files = files;
        this.store = store;
    }

    void create() throws IOException {
        byte[] content = files.readActive();
        if (content != null) {
            try {
                RuleSetVersion found = RulesJsonReader.read(VersionFiles.ACTIVE_FILE,
                        new String(content, StandardCharsets.UTF_8));
                store.commit(found.rules(), RulesStore.orDefault(found.author(), RulesStore.FILE_EDIT_AUTHOR),
                        RulesStore.orDefault(found.comment(), VersionFiles.ACTIVE_FILE + " as found"), true);
            } catch (RulesFileException e) {
                store.commit(DefaultRules.rules(), DefaultRules.AUTHOR, DefaultRules.COMMENT, false);
                store.rememberFile(content);
                store.keepProblem(e.getMessage() + ". Fix the file and save it; until then the default rules "
                        + "(version 1) stay in force");
            }
            return;
        }
        if (Files.isRegularFile(files.legacyFile())) {
            try {
                store.commit(DeviceRulesJson.read(files.legacyFile()), DefaultRules.AUTHOR,
                        "imported " + VersionFiles.LEGACY_FILE, true);
                return;
            } catch (RulesFileException e) {
                LOG.log(Level.WARNING, "{0}; starting from the default rules instead", e.getMessage());
            }
        }
        store.commit(DefaultRules.rules(), DefaultRules.AUTHOR, DefaultRules.COMMENT, true);
    }
}
