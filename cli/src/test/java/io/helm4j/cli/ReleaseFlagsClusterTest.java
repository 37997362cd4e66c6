package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release flags on the real cluster, each command run by helm4j in one namespace and by the real Helm 4 in another:
 * the transcripts (output, errors, exit code) are the same once the namespace and the deploy time are blanked, and
 * helm4j's wait progress lines (beyond Helm: it shows the CRD wait) are cut. {@code install --skip-crds}, {@code
 * --replace}, {@code upgrade --cleanup-on-fail}, {@code uninstall --cascade orphan|foreground}, {@code --keep-history}
 * with {@code --description}, {@code --dry-run} (objects kept by policy, one another release owns) and
 * {@code --ignore-not-found}. Namespaces start with {@code kgaps-}; the definition {@code widgets.kgaps.helm4j.io} is
 * left in place.
 */
class ReleaseFlagsClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kgaps");
    private static final Path FIXTURES = Path.of("../core/src/test/resources/io/helm4j/action").toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path c = dir.resolve("flags");
        Files.createDirectories(c.resolve("templates"));
        Files.createDirectories(c.resolve("crds"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: flags\nversion: 0.1.0\n");
        Files.copy(FIXTURES.resolve("kgaps-widget-crd.yaml"), c.resolve("crds/widget.yaml"));
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ .Release.Name }}-keep
                  annotations: {helm.sh/resource-policy: keep}
                data: {a: "1"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: {{ .Release.Name }}-plain}
                data: {a: "{{ .Values.a | default 1 }}"}
                """);
        return c;
    }

    private static String normalized(String text, String ns) {
        return text.replace(ns, "NS").replaceAll("LAST DEPLOYED: .*", "LAST DEPLOYED: -")
                .replaceAll("\"(first_deployed|last_deployed|deleted|updated)\":\"[^\"]*\"", "\"$1\":\"-\"")
                .replaceAll("(?m)^(waiting for |all \\d+ (resources|deletions?) ready).*\\n", "");
    }

    /** Both tools run {@code command} (NS their namespace): the transcripts must be equal. */
    private void same(String mine, String ref, String command) throws Exception {
        List<String> args = List.of(command.split(" "));
        List<String> ours = args.stream().map(a -> a.equals("NS") ? mine : a).toList();
        List<String> theirs = args.stream().map(a -> a.equals("NS") ? ref : a).toList();
        CliBasicsTest.Result j = CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()),
                ours.toArray(String[]::new));
        Helm4Cli.Cmd h = Helm4Cli.run(dir, Map.of("KUBECONFIG", CLUSTER.kubeconfig()), theirs);
        assertThat(new Helm4Cli.Cmd(args, j.code(), normalized(j.out(), mine), normalized(j.err(), mine)))
                .as(command).hasToString(new Helm4Cli.Cmd(args, h.code(), normalized(h.out(), ref),
                        normalized(h.err(), ref)).toString());
    }

    @Test
    void installUpgradeAndUninstallFlagsPrintAndLeaveWhatHelm4Does() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("flags-j");
        String ref = CLUSTER.namespace("flags-h");
        List<String> steps = new ArrayList<>(List.of(
                "install web CHART -n NS --create-namespace --skip-crds",
                "get manifest web -n NS",
                "uninstall web -n NS --cascade orphan",
                "install web CHART -n NS --replace",
                "upgrade web CHART -n NS --set a=2 --cleanup-on-fail",
                "uninstall web -n NS --dry-run",
                "uninstall nope -n NS --dry-run",
                "uninstall nope -n NS --dry-run --ignore-not-found",
                "uninstall nope -n NS --ignore-not-found",
                "uninstall web -n NS --keep-history --description bye",
                "history web -n NS -o json",
                "install web CHART -n NS --replace"));
        for (String step : steps) {
            same(mine, ref, step.replace("CHART", chart));
        }
        for (String ns : List.of(mine, ref)) {
            ClientSidePatchClusterTest.ok(ClusterSetup.KUBECTL, "annotate", "configmap", "web-plain", "-n", ns,
                    "meta.helm.sh/release-name=other", "--overwrite");
        }
        same(mine, ref, "uninstall web -n NS --dry-run");
        same(mine, ref, "uninstall web -n NS --cascade foreground --wait");
        for (String ns : List.of(mine, ref)) {
            assertThat(ClientSidePatchClusterTest.ok(ClusterSetup.KUBECTL, "get", "configmaps", "-n", ns, "-o",
                    "name").out()).as(ns).isEqualTo("configmap/kube-root-ca.crt\nconfigmap/web-keep\n"
                            + "configmap/web-plain\n");
        }
    }
}
