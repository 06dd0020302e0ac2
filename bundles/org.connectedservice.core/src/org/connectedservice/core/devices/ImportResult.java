package org.connectedservice.core.devices;

import java.util.List;

/** What applying an import did; skipped counts error lines that were not applied. */
public record ImportResult(int added, int changed, int unchanged, int skipped, List<String> assetsCreated) {

    public ImportResult {
        assetsCreated = List.copyOf(assetsCreated);
    }
}
