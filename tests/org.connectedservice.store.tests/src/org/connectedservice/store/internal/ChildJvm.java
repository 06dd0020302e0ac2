package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.connectedservice.core.model.Fault;

/**
 * Starts a separate JVM running one of the test mains against the store. Under OSGi java.class.path holds only
 * the launcher, so the class path is rebuilt from where the store, core, H2 and test classes were loaded.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> main, Path errorLog, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath(main, SqlFaultOutbox.class, Fault.class, org.h2.Driver.class),
                main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(errorLog.toFile()).start();
    }

    static String errors(Path errorLog) throws IOException {
        return Files.exists(errorLog) ? Files.readString(errorLog) : "";
    }

    private static String classPath(Class<?>... types) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : types) {
            entries.add(location(type).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return fail("cannot build the child JVM's class path: " + type.getName() + " was loaded from " + url
                    + ", which is not a file or folder; run the tests with bundles installed from disk");
        }
        Path path = toPath(url);
        if (!Files.exists(path)) {
            return fail("cannot build the child JVM's class path: " + type.getName() + " was loaded from " + path
                    + ", which does not exist");
        }
        return path;
    }

    /* Equinox builds code source URLs with File.toURL, which leaves spaces unescaped. */
    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath());
        }
    }
}
