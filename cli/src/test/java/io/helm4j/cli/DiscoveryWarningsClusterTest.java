package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings on discovery answers, next to the real Helm 4 on the real cluster seen through a {@link WarningProxy} that
 * adds one to each answer of the paths it is told: client-go's discovery client has the default warning handler, so
 * Helm 4.3.2 prints each (klog's line on stderr), and helm4j does the same. The aggregated discovery documents
 * ({@code /api}, {@code /apis}) warn once per command that renders with the cluster's capabilities (Helm always asks
 * them again there); rollback, list, status and uninstall print none in either (Helm's REST mapper reads its disk cache,
 * warm after the first command; helm4j drops the warnings of a group version it asks for a mapping, a request Helm
 * does not make). {@code /version} warns per request, and Helm asks it
 * more often (its {@code IsReachable} before list, status, history, get, uninstall, install and upgrade; helm4j asks
 * only when a first request fails), so helm4j prints those lines fewer times. Namespaces start with {@code kgaps-}.
 */
class DiscoveryWarningsClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kgaps");
    private static final Pattern DISCOVERY = Pattern.compile("/api(/v1)?|/apis(/[^/]+){0,2}");

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path c = dir.resolve("disc");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: disc\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "size: 1\n");
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: {{ .Release.Name }}-cm}
                data: {size: "{{ .Values.size }}"}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: {{ .Release.Name }}-d}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: disc}}
                  template:
                    metadata: {labels: {app: disc}}
                    spec: {containers: [{name: c, image: registry.invalid/disc:1}]}
                """);
        return c;
    }

    /** Both tools run {@code args} (NS their namespace) through the proxy: their stderr, klog headers cut. */
    private List<String> both(Path kubeconfig, String mine, String ref, String... args) throws Exception {
        List<String> ours = List.of(args).stream().map(a -> a.equals("NS") ? mine : a).toList();
        List<String> theirs = List.of(args).stream().map(a -> a.equals("NS") ? ref : a).toList();
        CliBasicsTest.Result j = CliBasicsTest.run(Map.of("KUBECONFIG", kubeconfig.toString(),
                "HOME", dir.resolve("home").toString()), ours.toArray(String[]::new));
        Helm4Cli.Cmd h = Helm4Cli.run(dir, Map.of("KUBECONFIG", kubeconfig.toString()), theirs);
        assertThat(j.code()).as("helm4j %s: %s", ours, j.err()).isEqualTo(h.code()).isZero();
        return List.of(ApiWarningsClusterTest.normalized(j.err()),
                ApiWarningsClusterTest.normalized(h.err()).replace(ref, mine));
    }

    @Test
    void aggregatedDiscoveryAnswersWarnAsHelm4PrintsThem() throws Exception {
        assumeTrue(Files.readString(Path.of(CLUSTER.kubeconfig())).contains("token:"),
                "the cluster's kubeconfig has no token for the proxy to send");
        String chart = chart().toString();
        String mine = CLUSTER.namespace("disc-j");
        String ref = CLUSTER.namespace("disc-h");
        String lines = "I warnings.go:107] \"Warning: asked /api\"\nI warnings.go:107] \"Warning: asked /apis\"\n";
        try (WarningProxy proxy = new WarningProxy(Path.of(CLUSTER.kubeconfig()), p -> DISCOVERY.matcher(p).matches())) {
            Path kc = proxy.kubeconfig(dir);
            for (String[] args : List.of(
                    new String[] {"install", "web", chart, "-n", "NS", "--create-namespace"},
                    new String[] {"install", "other", chart, "-n", "NS", "--dry-run=server"},
                    new String[] {"template", "web", chart, "-n", "NS", "--dry-run=server"},
                    new String[] {"upgrade", "web", chart, "-n", "NS", "--set", "size=2"},
                    new String[] {"rollback", "web", "1", "-n", "NS"},
                    new String[] {"list", "-n", "NS"},
                    new String[] {"status", "web", "-n", "NS"},
                    new String[] {"uninstall", "web", "-n", "NS"})) {
                List<String> err = both(kc, mine, ref, args);
                assertThat(err.getFirst()).as("helm4j's stderr of %s", List.of(args)).isEqualTo(err.get(1));
                if (List.of("install", "template", "upgrade").contains(args[0])) {
                    assertThat(err.getFirst()).as("%s renders with the cluster's capabilities", args[0]).isEqualTo(lines);
                }
            }
        }
    }

    @Test
    void versionAnswersWarnOnEachRequestHelm4jSendingFewer() throws Exception {
        assumeTrue(Files.readString(Path.of(CLUSTER.kubeconfig())).contains("token:"),
                "the cluster's kubeconfig has no token for the proxy to send");
        String chart = chart().toString();
        String mine = CLUSTER.namespace("ver-j");
        String ref = CLUSTER.namespace("ver-h");
        String line = "I warnings.go:107] \"Warning: asked /version\"\n";
        try (WarningProxy proxy = new WarningProxy(Path.of(CLUSTER.kubeconfig()), p -> p.equals("/version"))) {
            Path kc = proxy.kubeconfig(dir);
            List<String> install = both(kc, mine, ref, "install", "web", chart, "-n", "NS", "--create-namespace");
            // Helm: IsReachable, then the capabilities; helm4j: the capabilities
            assertThat(install.get(1)).isEqualTo(line.repeat(2));
            assertThat(install.getFirst()).isEqualTo(line);
            List<String> list = both(kc, mine, ref, "list", "-n", "NS");
            assertThat(list.get(1)).isEqualTo(line);
            assertThat(list.getFirst()).isEmpty();
        }
    }
}
