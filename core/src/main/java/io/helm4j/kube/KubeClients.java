package io.helm4j.kube;

import io.helm4j.Helm4jException;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds the {@link KubeClientFactory} on the class path (the {@code helm4j-kube-jdk} module). */
public final class KubeClients {
    private KubeClients() {
    }

    /**
     * Starts, on a daemon thread, the set-up that opening a client will need ({@link KubeClientFactory#prepare()}):
     * a command that will talk to a cluster calls this first, so that the set-up overlaps its argument parsing and
     * chart loading. Problems are left for {@link #open} to report.
     */
    public static void prepare() {
        Thread.ofPlatform().daemon().name("helm4j-kube-prepare").start(() -> {
            try {
                ServiceLoader.load(KubeClientFactory.class, KubeClients.class.getClassLoader()).findFirst()
                        .ifPresent(KubeClientFactory::prepare);
            } catch (RuntimeException | java.util.ServiceConfigurationError e) {
                // open reports it
            }
        });
    }

    /** A client from the first factory found; an error when no implementation is on the class path. */
    public static KubeClient open(KubeClientOptions options, Map<String, String> env) {
        return ServiceLoader.load(KubeClientFactory.class, KubeClients.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new Helm4jException(
                        "no Kubernetes client on the class path: add the helm4j-kube-jdk module"))
                .create(options, env);
    }
}
