package io.helm4j.action;

import io.helm4j.chart.ChartLoader;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.getter.Getter;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.getter.HttpOptions;
import io.helm4j.getter.SchemeGetters;
import io.helm4j.kube.ClusterReader;
import io.helm4j.kube.KubeClient;
import io.helm4j.storage.Storage;
import io.helm4j.settings.HelmSettings;
import io.helm4j.values.ValueSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every action runs with, as Helm's {@code action.Configuration}, but immutable and with no
 * globals: the clock, where events go, the settings ({@code HELM_*} variables, paths, global flags),
 * the chart loader, where {@code -f} and {@code --set-file} paths are read, the working directory
 * relative paths are taken against, and the cluster reader behind the template function
 * {@code lookup}. Build one with {@link #builder()}; every part has a default.
 *
 * <p>The Kubernetes client and the release storage are opened lazily, on the first call of
 * {@link #kube()} or {@link #storage(String)}, so actions that do not need them ({@code template},
 * {@code show}, {@code lint}) never load their implementations. Unset, they fail with a message
 * saying so. The registry client ({@code io.helm4j.registry}) will join the same way.
 */
public final class ActionContext {
    private final Clock clock;
    private final EventSink events;
    private final HelmSettings settings;
    private final ChartLoader charts;
    private final ValueSource values;
    private final Path workingDir;
    private final ClusterReader cluster;
    private final Lazy<KubeClient> kube;
    private final Lazy<KubeClient> kubeWarning;
    private final StorageOpener storage;
    private final Function<HttpOptions, Getter> getters;
    private final FuncMap templateFunctions;

    private ActionContext(Builder b) {
        this.clock = b.clock;
        this.events = b.events;
        this.settings = b.settings;
        this.charts = b.charts;
        this.workingDir = b.workingDir;
        this.values = b.values != null ? b.values : ValueSource.local(b.workingDir, InputStream.nullInputStream());
        this.cluster = b.cluster;
        this.kube = b.kube;
        EventSink sink = b.events;
        this.kubeWarning = new Lazy<>(() -> b.kube.get().withWarnings(text -> sink.emit(new Event.ApiWarning(text))));
        this.storage = b.storage;
        // by default Helm's http(s) getter, its downloads reported into the context's events
        this.getters = b.getters != null ? b.getters : SchemeGetters.httpOnly(b.events);
        this.templateFunctions = new FuncMap().putAll(b.templateFunctions);
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
                .workingDir(workingDir).cluster(cluster).kube(kube).storage(storage).getters(getters)
                .templateFunctions(templateFunctions);
    }

    /**
     * How charts and repository indexes are fetched, per repository's options: by URL scheme, http(s) built in and
     * other schemes ({@code s3://}...) from {@code getter/v1} plugins when the context was given them
     * ({@link SchemeGetters}).
     */
    public Function<HttpOptions, Getter> getters() {
        return getters;
    }

    /**
     * Template functions added to Sprig's and Helm's when charts render ({@code templatefunc/v1} plugins); empty
     * unless given. A copy: the context stays immutable.
     */
    public FuncMap templateFunctions() {
        return new FuncMap().putAll(templateFunctions);
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
     * The Kubernetes client, opened on the first call, the API server's warnings emitted into {@link #events()} as
     * {@link Event.ApiWarning}s ({@link KubeClient#withWarnings}); an error when the context has none.
     */
    public KubeClient kube() {
        return kubeWarning.get();
    }

    /**
     * The release storage of a namespace ("" for every namespace, as {@code list -A} reads it), with
     * the settings' history limit; an error when the context has none.
     */
    public Storage storage(String namespace) {
        return storage.open(namespace);
    }

    /** Opens the release storage of a namespace ("" for all); called lazily, once per call of {@link #storage}. */
    @FunctionalInterface
    public interface StorageOpener {
        Storage open(String namespace);
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
        private Lazy<KubeClient> kube = new Lazy<>(() -> {
            throw new io.helm4j.Helm4jException("no Kubernetes client configured in the ActionContext");
        });
        private StorageOpener storage = ns -> {
            throw new io.helm4j.Helm4jException("no release storage configured in the ActionContext");
        };

        private Function<HttpOptions, Getter> getters;

        private FuncMap templateFunctions = new FuncMap();

        private Builder() {
        }

        public Builder clock(Clock v) { clock = Objects.requireNonNull(v, "clock"); return this; }
        public Builder events(EventSink v) { events = Objects.requireNonNull(v, "events"); return this; }
        public Builder settings(HelmSettings v) { settings = Objects.requireNonNull(v, "settings"); return this; }
        public Builder charts(ChartLoader v) { charts = Objects.requireNonNull(v, "charts"); return this; }
        public Builder values(ValueSource v) { values = Objects.requireNonNull(v, "values"); return this; }
        public Builder cluster(ClusterReader v) { cluster = Objects.requireNonNull(v, "cluster"); return this; }

        /** A client opened on first use (and shared by every context built from this builder). */
        public Builder kube(Supplier<KubeClient> v) {
            kube = new Lazy<>(Objects.requireNonNull(v, "kube"));
            return this;
        }

        /** A client already open. */
        public Builder kube(KubeClient v) {
            Objects.requireNonNull(v, "kube");
            return kube(() -> v);
        }

        private Builder kube(Lazy<KubeClient> v) { kube = v; return this; }

        public Builder storage(StorageOpener v) { storage = Objects.requireNonNull(v, "storage"); return this; }

        /** One storage, whatever the namespace asked (tests, the memory driver). */
        public Builder storage(Storage v) {
            Objects.requireNonNull(v, "storage");
            return storage(ns -> v);
        }

        /** How URLs are fetched (default: {@link SchemeGetters#httpOnly()}). */
        public Builder getters(Function<HttpOptions, Getter> v) { getters = Objects.requireNonNull(v, "getters"); return this; }

        /** Template functions beyond Sprig's and Helm's ({@code templatefunc/v1} plugins); copied. */
        public Builder templateFunctions(FuncMap v) {
            templateFunctions = new FuncMap().putAll(Objects.requireNonNull(v, "templateFunctions"));
            return this;
        }

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
