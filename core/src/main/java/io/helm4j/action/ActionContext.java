package io.helm4j.action;

import io.helm4j.chart.ChartLoader;
import io.helm4j.events.EventSink;
import io.helm4j.kube.ClusterReader;
import io.helm4j.settings.HelmSettings;
import io.helm4j.values.ValueSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What every action runs with, as Helm's {@code action.Configuration}, but immutable and with no
 * globals: the clock, where events go, the settings ({@code HELM_*} variables, paths, global flags),
 * the chart loader, where {@code -f} and {@code --set-file} paths are read, the working directory
 * relative paths are taken against, and the cluster reader behind the template function
 * {@code lookup}. Build one with {@link #builder()}; every part has a default.
 *
 * <p>Room for the next issues: the release storage ({@code io.helm4j.storage}), the Kubernetes client
 * ({@code io.helm4j.kube}) and the registry client ({@code io.helm4j.registry}) join here as builder
 * parts, each an interface of {@code core} with no third-party type in its signature, and null (not
 * configured) for the actions that do not need them, which therefore never load their implementations.
 */
public final class ActionContext {
    private final Clock clock;
    private final EventSink events;
    private final HelmSettings settings;
    private final ChartLoader charts;
    private final ValueSource values;
    private final Path workingDir;
    private final ClusterReader cluster;

    private ActionContext(Builder b) {
        this.clock = b.clock;
        this.events = b.events;
        this.settings = b.settings;
        this.charts = b.charts;
        this.workingDir = b.workingDir;
        this.values = b.values != null ? b.values : ValueSource.local(b.workingDir, InputStream.nullInputStream());
        this.cluster = b.cluster;
    }

    /** A context with every default: see {@link Builder}. */
    public static ActionContext defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this context's parts. */
    public Builder toBuilder() {
        return new Builder().clock(clock).events(events).settings(settings).charts(charts).values(values)
                .workingDir(workingDir).cluster(cluster);
    }

    /** The clock actions read the time from (generated names, {@code now}, archive dates). */
    public Clock clock() {
        return clock;
    }

    /** Where warnings and progress go; the SDK never prints. */
    public EventSink events() {
        return events;
    }

    /** Helm's environment settings. */
    public HelmSettings settings() {
        return settings;
    }

    /** Loads charts from directories and archives (with its limits and its own event sink). */
    public ChartLoader charts() {
        return charts;
    }

    /** Reads the files and URLs named by {@code -f}/{@code --values} and {@code --set-file}. */
    public ValueSource values() {
        return values;
    }

    /** The directory relative chart paths are resolved against (absolute). */
    public Path workingDir() {
        return workingDir;
    }

    /** Answers the template function {@code lookup}; {@link ClusterReader#EMPTY} without a cluster. */
    public ClusterReader cluster() {
        return cluster;
    }

    /**
     * Collects the parts. Defaults: the system UTC clock, events dropped, Helm's settings for an empty
     * environment under the user's home directory, {@link ChartLoader#create()}, the process's working
     * directory, values read relative to the working directory (with an empty standard input), and
     * {@link ClusterReader#EMPTY}.
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private EventSink events = EventSink.discard();
        private HelmSettings settings;
        private ChartLoader charts = ChartLoader.create();
        private ValueSource values;
        private Path workingDir = Path.of("").toAbsolutePath();
        private ClusterReader cluster = ClusterReader.EMPTY;

        private Builder() {
        }

        public Builder clock(Clock v) { clock = Objects.requireNonNull(v, "clock"); return this; }
        public Builder events(EventSink v) { events = Objects.requireNonNull(v, "events"); return this; }
        public Builder settings(HelmSettings v) { settings = Objects.requireNonNull(v, "settings"); return this; }
        public Builder charts(ChartLoader v) { charts = Objects.requireNonNull(v, "charts"); return this; }
        public Builder values(ValueSource v) { values = Objects.requireNonNull(v, "values"); return this; }
        public Builder cluster(ClusterReader v) { cluster = Objects.requireNonNull(v, "cluster"); return this; }

        public Builder workingDir(Path v) {
            workingDir = Objects.requireNonNull(v, "workingDir").toAbsolutePath();
            return this;
        }

        public ActionContext build() {
            if (settings == null) {
                settings = HelmSettings.fromEnvironment(Map.of(), Path.of(System.getProperty("user.home", "/")));
            }
            return new ActionContext(this);
        }
    }
}
