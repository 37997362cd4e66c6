package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on a real cluster: the API server unreachable in the middle of an upgrade (helm4j talks to it through a
 * {@link TcpProxy} the test cuts; the shared server keeps running), the CLI killed with SIGKILL in the middle of an
 * upgrade, and an RBAC denial, next to the real Helm 4 where Helm has an answer. Namespaces start with
 * {@code kfault-}.
 */
class FaultClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kfault");
    private static final String IN_PROGRESS =
            "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

    @TempDir
    Path dir;

    private static CliBasicsTest.Result helm4j(String kubeconfig, String... args) {
        return CliBasicsTest.run(Map.of("KUBECONFIG", kubeconfig), args);
    }

    private static CliBasicsTest.Result helm4(String kubeconfig, String... args) throws Exception {
        return CLUSTER.helm4(Map.of("KUBECONFIG", kubeconfig), args);
    }

    private static String kubectl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ClusterSetup.KUBECTL));
        cmd.addAll(List.of(args));
        return ClientSidePatchClusterTest.ok(cmd.toArray(String[]::new)).out();
    }

    /** The admin kubeconfig with {@code from} replaced by {@code to} (the server's URL, the user's token). */
    private Path kubeconfig(String name, String regex, String to) throws Exception {
        String text = Files.readString(Path.of(CLUSTER.kubeconfig()));
        Path out = dir.resolve(name);
        Files.writeString(out, text.replaceAll(regex, Matcher.quoteReplacement(to)));
        return out;
    }

    /**
     * A release {@code web} installed in a namespace of its own, then upgraded through a {@link TcpProxy} with a wait
     * that cannot succeed ({@code ready=false}), so the upgrade is under way ({@code pending-upgrade}) when this
     * returns: the test cuts the proxy, and {@link #result} is how the upgrade ended.
     */
    private record MidUpgrade(String ns, String chart, TcpProxy proxy, String viaProxy,
            CompletableFuture<CliBasicsTest.Result> upgrade) implements AutoCloseable {
        CliBasicsTest.Result result() throws Exception {
            return upgrade.get(3, TimeUnit.MINUTES);
        }

        @Override
        public void close() throws Exception {
            proxy.close();
        }
    }

    private MidUpgrade midUpgrade(String what) throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String ns = CLUSTER.namespace(what);
        assertThat(helm4j(CLUSTER.kubeconfig(), "install", "web", chart, "-n", ns, "--create-namespace").code())
                .isZero();
        Matcher server = Pattern.compile("server: https://([^:\\s]+):(\\d+)").matcher(
                Files.readString(Path.of(CLUSTER.kubeconfig())));
        assertThat(server.find()).isTrue();
        TcpProxy proxy = new TcpProxy(server.group(1), Integer.parseInt(server.group(2)));
        String viaProxy = kubeconfig(what + "-proxied", "server: https://[^\\s]+",
                "server: https://" + server.group(1) + ":" + proxy.port()).toString();
        CompletableFuture<CliBasicsTest.Result> upgrade = CompletableFuture.supplyAsync(() -> helm4j(viaProxy,
                "upgrade", "web", chart, "-n", ns, "--set", "ready=false", "--wait", "--timeout", "120s"));
        ClusterSetup.awaitStatus(ns, "2:pending-upgrade");
        return new MidUpgrade(ns, chart, proxy, viaProxy, upgrade);
    }

    @Test
    void theApiServerGoneForAMomentMidUpgradeLeavesTheReleaseFailedAndTheNextUpgradeWorks() throws Exception {
        try (MidUpgrade u = midUpgrade("unreach")) {
            u.proxy().cut();
            Thread.sleep(3000);
            u.proxy().restore();
            CliBasicsTest.Result r = u.result();
            int port = u.proxy().port();
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("WARNING: cannot mark release \"web\" failed, the API server did not answer")
                    .containsPattern("\nError: UPGRADE FAILED: (Get|Patch) \"https://127.0.0.1:" + port + "/[^\"]+\": "
                            + "(dial tcp 127.0.0.1:" + port + ": connect: connection refused|.*EOF.*)\n$");
            assertThat(ClusterSetup.statuses(u.ns())).isEqualTo("1:deployed 2:failed");
            CliBasicsTest.Result next = helm4j(u.viaProxy(), "upgrade", "web", u.chart(), "-n", u.ns());
            assertThat(next.code()).as(next.err()).isZero();
            assertThat(ClusterSetup.statuses(u.ns())).isEqualTo("1:superseded 2:failed 3:deployed");
        }
    }

    @Test
    void theApiServerGoneForGoodLeavesAnErrorSayingHowToRecover() throws Exception {
        try (MidUpgrade u = midUpgrade("gone")) {
            u.proxy().cut();
            CliBasicsTest.Result r = u.result();
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("dial tcp 127.0.0.1:" + u.proxy().port() + ": connect: connection refused")
                    .contains("and the release could not be marked failed: ")
                    .endsWith(": revision 2 of \"web\" is left pending; when the cluster answers again, roll back with "
                            + "\"helm rollback web 1\"\n");
            assertThat(ClusterSetup.statuses(u.ns())).isEqualTo("1:deployed 2:pending-upgrade");
            CliBasicsTest.Result back = helm4j(CLUSTER.kubeconfig(), "rollback", "web", "1", "-n", u.ns());
            assertThat(back.code()).as(back.err()).isZero();
        }
    }

    @Test
    void aCliKilledMidUpgradeLeavesAPendingReleaseThatTheNextCommandExplainsAsHelm4Does() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String mine = CLUSTER.namespace("kill-j");
        String ref = CLUSTER.namespace("kill-h");
        String kc = CLUSTER.kubeconfig();
        installBoth(chart, mine, ref);
        List<String> ours = slowUpgrade(ClusterSetup.helm4jCommand(), chart, mine);
        List<String> theirs = slowUpgrade(List.of(HelpGoldensTest.HELM4.toString()), chart, ref);
        for (List<String> cmd : List.of(ours, theirs)) {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("KUBECONFIG", kc);
            Process p = pb.start();
            ClusterSetup.awaitStatus(cmd == ours ? mine : ref, "2:pending-upgrade");
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(137);
        }
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref))
                .isEqualTo("1:deployed 2:pending-upgrade");
        CliBasicsTest.Result next = helm4j(kc, "upgrade", "web", chart, "-n", mine);
        CliBasicsTest.Result helmsNext = helm4(kc, "upgrade", "web", chart, "-n", ref);
        assertThat(helmsNext.err()).isEqualTo(IN_PROGRESS + "\n");
        assertThat(next.err()).isEqualTo(IN_PROGRESS + "; revision 2 of \"web\" is pending-upgrade: if no other "
                + "operation is running on it (one was interrupted), roll back with \"helm rollback web 1\"\n");
        assertThat(next.code()).isEqualTo(helmsNext.code()).isEqualTo(1);
        CliBasicsTest.Result back = helm4j(kc, "rollback", "web", "1", "-n", mine);
        CliBasicsTest.Result helmsBack = helm4(kc, "rollback", "web", "1", "-n", ref);
        assertThat(back.out()).isEqualTo(helmsBack.out());
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref));
        assertThat(helm4j(kc, "upgrade", "web", chart, "-n", mine).code()).isZero();
        assertThat(helm4(kc, "upgrade", "web", chart, "-n", ref).code()).isZero();
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref));
    }

    /** Release {@code web} of {@code chart} installed by helm4j in {@code mine} and by Helm 4 in {@code ref}. */
    private static void installBoth(String chart, String mine, String ref) throws Exception {
        String kc = CLUSTER.kubeconfig();
        assertThat(helm4j(kc, "install", "web", chart, "-n", mine, "--create-namespace").code()).isZero();
        assertThat(helm4(kc, "install", "web", chart, "-n", ref, "--create-namespace").code()).isZero();
    }

    /** {@code cli} upgrading release {@code web} in {@code ns} with a wait that cannot succeed. */
    private static List<String> slowUpgrade(List<String> cli, String chart, String ns) {
        List<String> cmd = new ArrayList<>(cli);
        cmd.addAll(List.of("upgrade", "web", chart, "--set", "ready=false", "--wait", "--timeout", "120s", "-n", ns));
        return cmd;
    }

    /**
     * SIGTERM in the middle of an upgrade (Helm 4 handles it, and SIGINT, by cancelling): the revision is marked failed
     * rather than left pending, the CLI says the release was cancelled and fails with {@code context canceled}, in
     * helm4j as in Helm 4; the next upgrade works.
     */
    @Test
    void aCliInterruptedMidUpgradeMarksTheReleaseFailedAsHelm4Does() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String mine = CLUSTER.namespace("term-j");
        String ref = CLUSTER.namespace("term-h");
        String kc = CLUSTER.kubeconfig();
        installBoth(chart, mine, ref);
        List<CliBasicsTest.Result> results = new ArrayList<>();
        for (List<String> cmd : List.of(slowUpgrade(ClusterSetup.helm4jCommand(), chart, mine),
                slowUpgrade(List.of(HelpGoldensTest.HELM4.toString()), chart, ref))) {
            results.add(CLUSTER.signalledAt(dir, cmd, Map.of(), cmd.contains(mine) ? mine : ref, "2:pending-upgrade",
                    "TERM"));
        }
        CliBasicsTest.Result ours = results.get(0);
        CliBasicsTest.Result theirs = results.get(1);
        assertThat(theirs.out()).isEqualTo("Release web has been cancelled.\n");
        assertThat(ours.out()).isEqualTo(theirs.out());
        assertThat(theirs.err()).endsWith("Error: UPGRADE FAILED: context canceled\n");
        assertThat(ours.err()).endsWith("Error: UPGRADE FAILED: context canceled\n");
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref))
                .isEqualTo("1:deployed 2:failed");
        assertThat(UpgradeClusterTest.record(mine, "web", 2)).isEqualTo(UpgradeClusterTest.record(ref, "web", 2));
        assertThat(helm4j(kc, "upgrade", "web", chart, "-n", mine).code()).isZero();
        assertThat(helm4(kc, "upgrade", "web", chart, "-n", ref).code()).isZero();
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref));
    }

    /** A namespace whose ServiceAccount {@code limited} may do {@code secretVerbs} on Secrets, only read Deployments. */
    private Path limitedUser(String ns, String secretVerbs, String deploymentVerbs) throws Exception {
        kubectl("create", "namespace", ns);
        kubectl("create", "serviceaccount", "limited", "-n", ns);
        Path role = dir.resolve(ns + "-role.yaml");
        Files.writeString(role, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: limited}
                rules:
                - {apiGroups: [""], resources: [secrets], verbs: [%s]}
                - {apiGroups: [""], resources: [configmaps, services, pods], verbs: ["*"]}
                - {apiGroups: [apps], resources: [deployments], verbs: [%s]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: limited}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: limited}
                subjects: [{kind: ServiceAccount, name: limited}]
                """.formatted(secretVerbs, deploymentVerbs));
        kubectl("apply", "-n", ns, "-f", role.toString());
        String token = kubectl("create", "token", "limited", "-n", ns).strip();
        return kubeconfig(ns + ".kubeconfig", "token: \\S+", "token: " + token);
    }

    private static String objects(String ns) throws Exception {
        return kubectl("get", "configmaps,services,deployments,secrets", "-n", ns, "-o",
                "jsonpath={range .items[*]}{.kind}/{.metadata.name} {end}").replace("ConfigMap/kube-root-ca.crt ", "");
    }

    private void deniedAsHelm4(String what, String secretVerbs, String deploymentVerbs, String expectedStatuses)
            throws Exception {
        String chart = Path.of("../examples/hello").toAbsolutePath().normalize().toString();
        String mine = CLUSTER.namespace(what + "-j");
        String ref = CLUSTER.namespace(what + "-h");
        String myConfig = limitedUser(mine, secretVerbs, deploymentVerbs).toString();
        String refConfig = limitedUser(ref, secretVerbs, deploymentVerbs).toString();
        CliBasicsTest.Result ours = helm4j(myConfig, "install", "web", chart, "-n", mine);
        CliBasicsTest.Result theirs = helm4(refConfig, "install", "web", chart, "-n", ref);
        assertThat(ours.err()).isEqualTo(theirs.err().replace(ref, mine));
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref))
                .isEqualTo(expectedStatuses);
        assertThat(objects(mine)).isEqualTo(objects(ref).replace(ref, mine));
    }

    @Test
    void aRoleThatCannotCreateDeploymentsFailsTheInstallNamingTheObjectAndTheVerbAsHelm4Does() throws Exception {
        deniedAsHelm4("rbac-deploy", "\"*\"", "get, list, watch", "1:failed");
    }

    @Test
    void aRoleThatCannotWriteSecretsFailsBeforeAnythingIsAppliedAsHelm4Does() throws Exception {
        deniedAsHelm4("rbac-secret", "get, list, watch", "\"*\"", "");
    }
}
