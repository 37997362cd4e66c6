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
 * set-up overlap picocli's model and parse. For {@code diff} and {@code drift}, which only read, the handshake does too:
 * a first request, {@code GET /version} as Helm's first is, goes out at once, and the command's first request waits
 * for it (at most a second, so an unreachable server costs no second timeout) to use the connection it opened. The
 * command takes it only if the options it parses are the same; otherwise
 * (a {@code --kube-*} flag, {@code --qps}...) it is closed and the command opens its own, so the result never differs
 * from opening after the parse.
 */
final class EarlyKube {
    private final KubeClientOptions options;
    private final CompletableFuture<KubeClient> client = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();
    /** Done when the first request (a read-only command's) has been answered or failed; null for other commands. */
    private final CompletableFuture<Void> warm;

    private EarlyKube(KubeClientOptions options, boolean warmUp) {
        this.options = options;
        this.warm = warmUp ? new CompletableFuture<>() : null;
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
        String command = Subcommands.commandName(args);
        EarlyKube early = new EarlyKube(o, "diff".equals(command) || "drift".equals(command));
        KubeClientOptions opts = o;
        Thread.ofPlatform().daemon().name("helm4j-kube-early").start(() -> {
            KubeClient opened;
            try {
                opened = KubeClients.open(opts, context.env());
                early.client.complete(opened);
            } catch (RuntimeException | Error e) {
                early.client.completeExceptionally(e); // the command opens its own, which reports the problem
                if (early.warm != null) {
                    early.warm.complete(null);
                }
                return;
            }
            if (early.warm != null) {
                try {
                    opened.serverVersion(); // the handshake, while picocli parses
                } catch (RuntimeException e) {
                    // the command's own requests report it
                } finally {
                    early.warm.complete(null);
                }
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
            KubeClient c = client.join();
            if (warm != null) {
                warm.get(1, java.util.concurrent.TimeUnit.SECONDS);
            }
            return c;
        } catch (CompletionException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return client.join(); // the first request is still under way (or failed): go on without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return client.join();
        }
    }

    /**
     * Closes the connection opened ahead, so that the process ends at once: a JVM that halts first waits for its
     * threads in native code, at least 300 ms when none of them is a compiler thread, and the HTTP client's selector
     * thread, waiting for the network, is one. Waits at most {@code maxMillis} for the client to shut down.
     */
    void close(long maxMillis) {
        if (!client.isDone() || client.isCompletedExceptionally()) {
            return;
        }
        Thread t = Thread.ofPlatform().daemon().name("helm4j-kube-close").start(() -> client.join().close());
        try {
            t.join(maxMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
