package io.helm4j.cli;

import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeClientOptions;
import io.helm4j.kube.KubeClients;
import io.helm4j.settings.HelmSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cluster connection of a cluster command opened ahead, from the environment (kubeconfig, {@code HELM_KUBE*}) and
 * the command line's namespace, on a thread of its own as soon as the process starts: the kubeconfig read, the TLS
 * set-up and the handshake (the JDK client's first request, {@code GET /version} as Helm's first is, goes out at once)
 * overlap picocli's model and parse. The command takes it only if the options it parses are the same; otherwise
 * (a {@code --kube-*} flag, {@code --qps}...) it is closed and the command opens its own, so the result never differs
 * from opening after the parse.
 */
final class EarlyKube {
    private final KubeClientOptions options;
    private final CompletableFuture<KubeClient> client = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private EarlyKube(KubeClientOptions options) {
        this.options = options;
    }

    /** Starts opening the connection {@code args} will most likely ask for; null when a flag changes how to reach it. */
    static EarlyKube start(CliContext context, String[] args) {
        String namespace = "";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--kube") || a.startsWith("--qps") || a.startsWith("--burst-limit")) {
                return null;
            }
            if ((a.equals("-n") || a.equals("--namespace")) && i + 1 < args.length) {
                namespace = args[++i];
            } else if (a.startsWith("--namespace=")) {
                namespace = a.substring("--namespace=".length());
            } else if (a.startsWith("-n") && !a.startsWith("--") && a.length() > 2) {
                namespace = a.substring(a.charAt(2) == '=' ? 3 : 2);
            }
        }
        KubeClientOptions o = KubeClientOptions.from(HelmSettings.fromEnvironment(context.env(), context.userHome()));
        if (!namespace.isEmpty()) {
            o = new KubeClientOptions(o.kubeConfig(), o.context(), namespace, o.apiServer(), o.token(), o.asUser(),
                    o.asGroups(), o.caFile(), o.insecureSkipTlsVerify(), o.tlsServerName(), o.qps(), o.burst());
        }
        EarlyKube early = new EarlyKube(o);
        KubeClientOptions opts = o;
        Thread.ofPlatform().daemon().name("helm4j-kube-early").start(() -> {
            try {
                early.client.complete(KubeClients.open(opts, context.env()));
            } catch (RuntimeException | Error e) {
                early.client.completeExceptionally(e); // the command opens its own, which reports the problem
            }
        });
        return early;
    }

    /** The connection opened ahead if it is the one {@code wanted} describes (once), else null. */
    KubeClient take(KubeClientOptions wanted) {
        if (!taken.compareAndSet(false, true)) {
            return null;
        }
        if (!wanted.equals(options)) {
            client.thenAccept(KubeClient::close);
            return null;
        }
        try {
            return client.join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
