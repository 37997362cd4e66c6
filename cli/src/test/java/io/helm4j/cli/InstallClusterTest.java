package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code helm4j install} on a real cluster next to the real Helm 4: the same output, a release Helm 4
 * lists, reads and uninstalls, objects whose fields the manager {@code helm} owns by Apply, and the same
 * refusal of an object another owner has. Runs only when HELM4J_IT_KUBECONFIG names a kubeconfig and
 * Helm 4 is installed ($HOME/.cache/helm4/v4.3.2/helm); each run uses namespaces of its own.
 */
class InstallClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("h4j");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();
    private static final Path HELM4 = HelpGoldensTest.HELM4;
    private static final Path CHART = Path.of("../examples/hello").toAbsolutePath().normalize();

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("KUBECONFIG", KUBECONFIG);
        env.put("HOME", System.getProperty("java.io.tmpdir") + "/h4j-home-" + CLUSTER.suffix());
        return env;
    }

    private static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(env(), args);
    }

    /** The real Helm 4 (or, with "delete" first, kubectl from /opt/kube/bin). */
    static CliBasicsTest.Result helm(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (args[0].equals("delete") || args[0].equals("get-json") || args[0].equals("create")) {
            cmd.add("/opt/kube/bin/kubectl");
            if (args[0].equals("get-json")) {
                args[0] = "get";
            }
        } else {
            cmd.add(HELM4.toString());
        }
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliBasicsTest.Result(p.waitFor(), out, err);
    }

    private static String masked(String out) {
        return out.replaceAll("LAST DEPLOYED: .*", "LAST DEPLOYED: X");
    }

    @Test
    void installPrintsAsHelm4AndHelm4ReadsListsAndUninstallsTheRelease() throws Exception {
        String ours = CLUSTER.namespace("ours");
        String theirs = CLUSTER.namespace("theirs");
        CliBasicsTest.Result mine = helm4j("install", "web", CHART.toString(), "-n", ours, "--create-namespace");
        assertThat(mine.err()).isEmpty();
        assertThat(mine.code()).isZero();
        CliBasicsTest.Result ref = helm("install", "web", CHART.toString(), "-n", theirs, "--create-namespace");
        assertThat(masked(mine.out())).isEqualTo(masked(ref.out()).replace(theirs, ours));

        CliBasicsTest.Result list = helm("list", "-n", ours, "-o", "json");
        assertThat(list.out()).contains("\"name\":\"web\"", "\"status\":\"deployed\"", "\"chart\":\"hello-0.1.0\"");
        assertThat(helm("get", "manifest", "web", "-n", ours).out())
                .isEqualTo(helm("get", "manifest", "web", "-n", theirs).out());
        assertThat(helm("status", "web", "-n", ours).code()).isZero();
        CliBasicsTest.Result cm = helm("get-json", "configmap", "web-hello", "-n", ours, "-o", "json",
                "--show-managed-fields");
        assertThat(cm.out()).contains("\"manager\": \"helm\"", "\"operation\": \"Apply\"",
                "\"app.kubernetes.io/managed-by\": \"Helm\"", "\"meta.helm.sh/release-name\": \"web\"");
        assertThat(cm.out()).doesNotContain("\"operation\": \"Update\"");

        CliBasicsTest.Result gone = helm("uninstall", "web", "-n", ours);
        assertThat(gone.out()).isEqualTo("release \"web\" uninstalled\n");
        assertThat(helm("get-json", "configmap", "web-hello", "-n", ours).code()).isNotZero();
    }

    @Test
    void anObjectOfAnotherOwnerIsRefusedAsHelm4RefusesIt() throws Exception {
        String ns = CLUSTER.namespace("owned");
        assertThat(helm("create", "namespace", ns).code()).isZero();
        assertThat(helm("create", "configmap", "web-hello", "-n", ns).code()).isZero();
        CliBasicsTest.Result mine = helm4j("install", "web", CHART.toString(), "-n", ns);
        CliBasicsTest.Result ref = helm("install", "web", CHART.toString(), "-n", ns);
        assertThat(mine.code()).isEqualTo(ref.code()).isEqualTo(1);
        assertThat(mine.err()).isEqualTo(ref.err());
        CliBasicsTest.Result taken = helm4j("install", "web", CHART.toString(), "-n", ns, "--take-ownership");
        assertThat(taken.code()).isZero();
        assertThat(helm("list", "-n", ns, "-q").out()).isEqualTo("web\n");
    }

    @Test
    void aReleaseHelm4InstalledIsListedAndShownByHelm4jAsHelm4Does() throws Exception {
        String ns = CLUSTER.namespace("list");
        // both waited for, so that `status` (which shows the live pods) reads the same cluster state for both tools
        assertThat(helm("install", "web", CHART.toString(), "-n", ns, "--create-namespace", "--set",
                "greeting=hi,service.port=8080", "--wait").code()).isZero();
        assertThat(helm4j("install", "api", CHART.toString(), "-n", ns, "--wait").code()).isZero();
        for (List<String> args : List.of(List.of("list"), List.of("list", "-o", "json"), List.of("list", "-o", "yaml"),
                List.of("list", "-q"), List.of("list", "--no-headers"), List.of("list", "-m", "1"),
                List.of("list", "--failed"), List.of("status", "web"), List.of("status", "api"),
                List.of("get", "values", "web"), List.of("get", "values", "web", "-o", "json"),
                List.of("get", "values", "web", "-o", "yaml"), List.of("get", "values", "api"),
                List.of("get", "manifest", "web"), List.of("get", "notes", "web"), List.of("get", "notes", "api"))) {
            List<String> full = new ArrayList<>(args);
            full.addAll(List.of("-n", ns));
            String[] a = full.toArray(String[]::new);
            CliBasicsTest.Result mine = helm4j(a);
            CliBasicsTest.Result ref = helm(a.clone());
            assertThat(mine.err()).as(String.join(" ", full)).isEqualTo(ref.err());
            // status lists the live resources, in Go's random map order and with their ages: compared as a set
            boolean status = args.getFirst().equals("status");
            assertThat(status ? StatusResourcesClusterTest.normalized(mine.out()) : mine.out()).as(String.join(" ", full))
                    .isEqualTo(status ? StatusResourcesClusterTest.normalized(ref.out()) : ref.out());
        }
        assertThat(helm4j("list", "-A").out()).contains("web", "api");
        CliBasicsTest.Result un = helm4j("uninstall", "web", "-n", ns);
        assertThat(un.out()).isEqualTo("release \"web\" uninstalled\n");
        assertThat(helm("list", "-n", ns, "-q").out()).isEqualTo("api\n");
        assertThat(helm("get-json", "deployment", "web-hello", "-n", ns).code()).isNotZero();
        CliBasicsTest.Result missing = helm4j("uninstall", "web", "-n", ns);
        assertThat(missing.err()).isEqualTo(helm("uninstall", "web", "-n", ns).err());
        assertThat(helm4j("uninstall", "web", "-n", ns, "--ignore-not-found").code()).isZero();
    }
}
