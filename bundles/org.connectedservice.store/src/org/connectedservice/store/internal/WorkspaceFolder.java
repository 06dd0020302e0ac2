package org.connectedservice.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.connectedservice.core.service.ConsoleWorkspace;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workspace is the OSGi instance area (~/.connectedservice unless -data says otherwise), never the
 * installation folder, so an upgrade or a read-only install keeps the user's database and rules.
 */
@Component(service = ConsoleWorkspace.class)
public class WorkspaceFolder implements ConsoleWorkspace {

    private final Path directory;

    @Activate
    public WorkspaceFolder(@Reference(target = "(type=osgi.instance.area)") Location instanceArea) {
        this.directory = resolve(instanceArea);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace folder " + directory
                    + "; check its permissions or start with -data <another folder>", e);
        }
    }

    private static Path resolve(Location instanceArea) {
        if (instanceArea == null || instanceArea.getURL() == null) {
            return Path.of(System.getProperty("user.home"), ".connectedservice");
        }
        try {
            return Path.of(instanceArea.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(instanceArea.getURL().getPath());
        }
    }

    @Override
    public Path directory() {
        return directory;
    }
}
