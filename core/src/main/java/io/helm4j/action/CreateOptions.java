package io.helm4j.action;

import io.helm4j.UsageException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * {@code helm create NAME [--starter STARTER]}: the chart name, the directory it is created in, and
 * optionally the starter to scaffold from, with the directory a starter name is looked up in
 * ({@code $HELM_DATA_HOME/starters}). Without a starter the name is checked as Helm's {@code Create}
 * checks it; with one Helm writes whatever base name it was given.
 */
public record CreateOptions(String name, Path directory, String starter, Path startersDir) {
    static final int MAX_NAME_LENGTH = 250;
    private static final Pattern CHART_NAME = Pattern.compile("^[a-zA-Z0-9._-]+$");

    public CreateOptions {
        if (starter == null || starter.isEmpty()) {
            starter = null;
            if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
                throw new UsageException("chart name must be between 1 and " + MAX_NAME_LENGTH + " characters");
            }
            if (!CHART_NAME.matcher(name).matches()) {
                throw new UsageException("chart name must match the regular expression \"" + CHART_NAME.pattern()
                        + "\"");
            }
        }
    }

    /** Helm's scaffold, no starter. */
    public CreateOptions(String name, Path directory) {
        this(name, directory, null, null);
    }

    /** From the command's argument: {@code path/to/name} creates {@code name} in {@code path/to}. */
    public static CreateOptions fromArgument(String arg) {
        return fromArgument(arg, null, null);
    }

    /** As {@link #fromArgument(String)}, scaffolding from {@code starter} (a name in {@code startersDir}, or absolute). */
    public static CreateOptions fromArgument(String arg, String starter, Path startersDir) {
        Path p = Path.of(arg);
        Path parent = p.getParent();
        Path file = p.getFileName();
        return new CreateOptions(file == null ? arg : file.toString(), parent == null ? Path.of(".") : parent,
                starter, startersDir);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A mutable builder. {@link Builder#argument} takes the command's argument ({@code path/to/name});
     * {@link #build()} checks the name as the record does, and rejects a starter given by name with no
     * starters directory to find it in.
     */
    public static final class Builder {
        private String name;
        private Path directory = Path.of(".");
        private String starter;
        private Path startersDir;

        public Builder name(String v) { name = v; return this; }
        public Builder directory(Path v) { directory = v; return this; }
        public Builder starter(String v) { starter = v; return this; }
        public Builder startersDir(Path v) { startersDir = v; return this; }

        /** {@code path/to/name}: the name, and the directory it is created in. */
        public Builder argument(String arg) {
            CreateOptions o = fromArgument(arg, starter, startersDir);
            name = o.name();
            directory = o.directory();
            return this;
        }

        public CreateOptions build() {
            if (starter != null && !starter.isEmpty() && startersDir == null && !Path.of(starter).isAbsolute()) {
                throw new UsageException("a starter given by name needs the starters directory");
            }
            return new CreateOptions(name, directory, starter, startersDir);
        }
    }

    /** Where the starter is: an absolute path as given, else under the starters directory. */
    public Path starterPath() {
        Path s = Path.of(starter);
        return s.isAbsolute() ? s : startersDir.resolve(s).normalize();
    }
}
