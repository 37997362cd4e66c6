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

    /** helm4j's CLI as a process of its own (this JVM, its class path), for tests that signal or kill it. */
    static List<String> helm4jCommand() {
        return List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), "io.helm4j.cli.Main");
    }

    /** The release records of {@code ns}, {@code version:status} by version ({@code 1:deployed 2:failed}). */
    static String statuses(String ns) throws Exception {
        return ClientSidePatchClusterTest.ok(KUBECTL, "get", "secrets", "-n", ns, "-l", "owner=helm",
                "--sort-by=.metadata.labels.version", "-o",
                "jsonpath={range .items[*]}{.metadata.labels.version}:{.metadata.labels.status} {end}").out().strip();
    }

    /** Waits (30 s at most) until {@code ns} has the record {@code record} ({@code 2:pending-upgrade}). */
    static void awaitStatus(String ns, String record) throws Exception {
        for (int i = 0; i < 300 && !statuses(ns).contains(record); i++) {
            Thread.sleep(100);
        }
        org.assertj.core.api.Assertions.assertThat(statuses(ns)).contains(record);
    }

    /**
     * Runs {@code cmd} (with {@code KUBECONFIG} and {@code env}), waits until {@code ns} has the record {@code record},
     * sends the process {@code signal} ({@code TERM}, {@code INT}, {@code KILL}) and returns how it ended (a minute at
     * most); its output goes through files in {@code dir}.
     */
    CliBasicsTest.Result signalledAt(java.nio.file.Path dir, List<String> cmd, java.util.Map<String, String> env,
            String ns, String record, String signal) throws Exception {
        java.nio.file.Path out = Files.createTempFile(dir, "out", ".txt");
        java.nio.file.Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("KUBECONFIG", kubeconfig());
        pb.environment().putAll(env);
        Process p = pb.start();
        awaitStatus(ns, record);
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
        org.assertj.core.api.Assertions.assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new CliBasicsTest.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * Runs {@code cmd} as a process with this process's environment and {@code env} laid over it: its exit code and
     * output (both streams read at once, so neither fills up).
     */
    static CliBasicsTest.Result process(java.util.Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p = pb.start();
        java.util.concurrent.Future<byte[]> err;
        try (var reader = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            err = reader.submit(() -> p.getErrorStream().readAllBytes());
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new CliBasicsTest.Result(p.waitFor(), out,
                    new String(err.get(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The real Helm 4 run with {@code args}, {@code KUBECONFIG} naming the cluster and {@code env} laid over. */
    CliBasicsTest.Result helm4(java.util.Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(HelpGoldensTest.HELM4.toString()));
        cmd.addAll(List.of(args));
        java.util.Map<String, String> all = new java.util.HashMap<>(java.util.Map.of("KUBECONFIG", kubeconfig()));
        all.putAll(env);
        return process(all, cmd.toArray(String[]::new));
    }
}
