package io.helm4j.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The setup every *ClusterTest shares, registered as {@code @RegisterExtension static final ClusterSetup CLUSTER =
 * ClusterSetup.withHelm4("prefix")}: each test is skipped, saying why, unless HELM4J_IT_KUBECONFIG names a kubeconfig
 * (and, for {@link #withHelm4}, the real Helm 4 is installed); {@link #namespace} names a namespace of the class's
 * own ({@code prefix-what-suffix}, the suffix random per run), and every namespace so named is deleted (without
 * waiting) after the class's last test.
 */
final class ClusterSetup implements BeforeEachCallback, AfterAllCallback {
    static final String KUBECTL = "/opt/kube/bin/kubectl";

    private final String prefix;
    private final boolean helm4;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> namespaces = new ArrayList<>();

    private ClusterSetup(String prefix, boolean helm4) {
        this.prefix = prefix;
        this.helm4 = helm4;
    }

    /** Tests that need the cluster and the real Helm 4 (HelpGoldensTest.HELM4). */
    static ClusterSetup withHelm4(String prefix) {
        return new ClusterSetup(prefix, true);
    }

    /** Tests that need only the cluster. */
    static ClusterSetup clusterOnly(String prefix) {
        return new ClusterSetup(prefix, false);
    }

    /** The kubeconfig HELM4J_IT_KUBECONFIG names (null when unset: every test of the class is skipped then). */
    String kubeconfig() {
        return System.getenv("HELM4J_IT_KUBECONFIG");
    }

    /** This run's random suffix, for other names that must not collide between runs. */
    String suffix() {
        return suffix;
    }

    /** A namespace name of this class's own for {@code what}, deleted after the class's last test. */
    synchronized String namespace(String what) {
        String ns = prefix + "-" + what + "-" + suffix;
        namespaces.add(ns);
        return ns;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String kubeconfig = kubeconfig();
        assumeTrue(kubeconfig != null && !kubeconfig.isEmpty(),
                "HELM4J_IT_KUBECONFIG is not set: no cluster, integration test skipped");
        if (helm4) {
            assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4),
                    "Helm 4 is not installed at " + HelpGoldensTest.HELM4 + ": interop test skipped");
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        for (String ns : namespaces) {
            ProcessBuilder pb = new ProcessBuilder(KUBECTL, "delete", "namespace", ns, "--wait=false",
                    "--ignore-not-found");
            pb.environment().put("KUBECONFIG", kubeconfig());
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.start().waitFor();
        }
        namespaces.clear();
    }
}
