package io.helm4j.action;

import io.helm4j.UsageException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * {@code helm create NAME}: the chart name and the directory it is created in.
 * The name is checked as Helm checks it.
 */
public record CreateOptions(String name, Path directory) {
    static final int MAX_NAME_LENGTH = 250;
    private static final Pattern CHART_NAME = Pattern.compile("^[a-zA-Z0-9._-]+$");

    public CreateOptions {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new UsageException("chart name must be between 1 and " + MAX_NAME_LENGTH + " characters");
        }
        if (!CHART_NAME.matcher(name).matches()) {
            throw new UsageException("chart name must match the regular expression \"" + CHART_NAME.pattern() + "\"");
        }
    }

    /** From the command's argument: {@code path/to/name} creates {@code name} in {@code path/to}. */
    public static CreateOptions fromArgument(String arg) {
        Path p = Path.of(arg);
        Path parent = p.getParent();
        return new CreateOptions(p.getFileName().toString(), parent == null ? Path.of(".") : parent);
    }
}
