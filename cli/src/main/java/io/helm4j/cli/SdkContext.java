package io.helm4j.cli;

import io.helm4j.action.ActionContext;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.LoadOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeClientOptions;
import io.helm4j.kube.KubeClients;
import io.helm4j.settings.HelmSettings;
import io.helm4j.storage.KubeRecordObjects;
import io.helm4j.storage.Storage;
import io.helm4j.storage.StorageDrivers;
import java.time.Clock;
import java.util.Map;
import io.helm4j.values.ValueSource;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@link ActionContext} a command runs its SDK action with: the settings from the process
 * environment and the global flags, events printed on the command's stderr, the system clock, and
 * values files read relative to the working directory (and {@code -} from stdin).
 */
final class SdkContext {
    private SdkContext() {
    }

    /** The context, charts loaded with Helm's defaults and their loading warnings dropped. */
    static ActionContext.Builder of(CommandSpec spec) {
        RootCommand root = Commands.root(spec);
        HelmSettings settings = root.context.settings(root.global);
        ActionContext.Builder b = ActionContext.builder()
                .settings(settings)
                .events(EventPrinter.to(spec.commandLine().getErr(), settings.debug(), WaitPrinter.onTerminal()))
                .workingDir(Path.of(""))
                .values(ValueSource.local(Path.of(""), System.in));
        if (spec.userObject() instanceof HelmCommand<?> command) {
            b.getters(CliGetters.of(command));
        }
        return b;
    }

    /**
     * As {@link #of}, for a command that talks to the cluster: the Kubernetes client from the settings
     * ({@code --kube-*} flags, kubeconfig) and the release storage {@code HELM_DRIVER} names, both
     * opened on first use.
     */
    static ActionContext.Builder withCluster(CommandSpec spec) {
        RootCommand root = Commands.root(spec);
        Map<String, String> env = root.context.env();
        ActionContext.Builder b = of(spec);
        HelmSettings settings = b.build().settings();
        KubeClientOptions options = KubeClientOptions.from(settings);
        EarlyKube early = root.context.earlyKube();
        ActionContext.Builder withKube = b.kube(() -> {
            KubeClient opened = early == null ? null : early.take(options);
            return opened != null ? opened : KubeClients.open(options, env);
        });
        ActionContext kubeOnly = withKube.build();
        return withKube.storage(ns -> storage(kubeOnly, settings, env, ns));
    }

    private static Storage storage(ActionContext c, HelmSettings settings, Map<String, String> env, String ns) {
        return new Storage(StorageDrivers.open(env.get(StorageDrivers.ENV), ns, env, Clock.systemUTC(),
                (kind, namespace) -> new KubeRecordObjects(c.kube(), kind, namespace)), settings.maxHistory());
    }

    /** As {@link #of}, with the chart loader's warnings printed too. */
    static ActionContext.Builder printingLoadWarnings(CommandSpec spec) {
        ActionContext.Builder b = of(spec);
        ActionContext c = b.build();
        return c.toBuilder().charts(ChartLoader.withOptions(LoadOptions.defaults().withEvents(c.events())));
    }
}
