package org.connectedservice.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: options that take a value (--rules FILE or --rules=FILE), flags (--json) and the rest in
 * order. Anything else starting with -- is a mistake worth a usage message rather than a file name.
 */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("--")) {
                parsed.positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (flagOptions.contains(name) && equals < 0) {
                parsed.flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
                if (parsed.values.putIfAbsent(name, value) != null) {
                    throw new UsageException(name + " is given twice; give it once");
                }
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " is missing");
        }
        return value;
    }

    List<String> positional() {
        return positional;
    }

    static Path path(String option, String text) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + text + "' is not a valid file name");
        }
    }

    /** The path of a file that must exist and be readable now. */
    static Path existingFile(String what, Path file) throws CommandException {
        if (!Files.isRegularFile(file)) {
            throw new CommandException("the " + what + " " + file + " does not exist or is not a file");
        }
        if (!Files.isReadable(file)) {
            throw new CommandException("the " + what + " " + file + " cannot be read; check its permissions");
        }
        return file;
    }

    static int positiveInt(String option, String text) throws UsageException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new UsageException(option + " '" + text + "' must be a whole number of 0 or more");
    }
}
