package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real cluster (no admission webhooks or policies, as the shared cluster has none), the changes {@code diff}
 * computes without a dry run (values of ConfigMap data, Secret stringData, labels and annotations) are byte for
 * byte the ones the API server's dry runs give ({@code --dry-run-every-object}), and what the following upgrade
 * then leaves: nothing left to change, and the values live. Runs only when HELM4J_IT_KUBECONFIG names a kubeconfig.
 */
class DiffPredictionClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("plan-predict");

    @TempDir
    Path dir;

    private static CliBasicsTest.Result helm4j(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("KUBECONFIG", CLUSTER.kubeconfig());
        env.put("HOME", System.getProperty("java.io.tmpdir") + "/h4j-home-" + CLUSTER.suffix());
        return CliBasicsTest.run(env, args);
    }

    private Path chart() throws IOException {
        Path c = dir.resolve("values-only");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: values-only\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "v: one\ntier: a\n");
        Files.writeString(c.resolve("templates/objects.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ .Release.Name }}-cm
                  labels: {tier: {{ .Values.tier | quote }}}
                  annotations: {note: {{ .Values.v | quote }}}
                data:
                  v: {{ .Values.v | quote }}
                  fixed: same
                binaryData:
                  b: {{ .Values.v | b64enc | quote }}
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: {{ .Release.Name }}-secret
                stringData:
                  v: {{ .Values.v | quote }}
                data:
                  d: {{ .Values.v | b64enc | quote }}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}-svc
                  annotations: {note: {{ .Values.v | quote }}}
                spec:
                  selector: {app: x}
                  ports:
                  - port: 80
                """);
        return c;
    }

    @Test
    void predictedChangesAreTheServersAndTheUpgradeLeavesNothingToChange() throws Exception {
        String ns = CLUSTER.namespace("values");
        String chart = chart().toString();
        CliBasicsTest.Result install = helm4j("install", "rel", chart, "-n", ns, "--create-namespace");
        assertThat(install.code()).as(install.err()).isZero();
        for (String format : new String[] {"structured", "diff"}) {
            CliBasicsTest.Result predicted = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--set", "v=two",
                    "--set", "tier=b", "--show-secrets", "--output", format);
            CliBasicsTest.Result asked = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--set", "v=two",
                    "--set", "tier=b", "--show-secrets", "--output", format, "--dry-run-every-object");
            assertThat(predicted.code()).as(predicted.err()).isZero();
            assertThat(asked.code()).as(asked.err()).isZero();
            assertThat(predicted.out()).as(format).isEqualTo(asked.out());
        }
        CliBasicsTest.Result structured = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--set", "v=two",
                "--set", "tier=b", "--output", "structured");
        assertThat(DriftClusterTest.structuredChanges(structured.out())).contains("ConfigMap data v replace",
                "ConfigMap binaryData b replace", "ConfigMap metadata.labels tier replace",
                "ConfigMap metadata.annotations note replace", "Secret data d replace");
        assertThat(structured.out()).contains("\"newValue\": \"(changed)\""); // the Secret's values masked

        CliBasicsTest.Result upgrade = helm4j("upgrade", "rel", chart, "-n", ns, "--set", "v=two", "--set", "tier=b");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        CliBasicsTest.Result again = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--reuse-values",
                "--detailed-exitcode");
        assertThat(again.code()).as("after the upgrade nothing is left to change: " + again.out()).isZero();
        CliBasicsTest.Result asked = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--reuse-values",
                "--detailed-exitcode", "--dry-run-every-object");
        assertThat(asked.code()).as(asked.out()).isZero();
    }

    /**
     * {@code --detailed-exitcode} answers what the output shows: a template whose text changes but whose objects do
     * not (a value quoted otherwise, keys reordered) is a change between manifests ({@code --dry-run=client}, exit 2,
     * as helm-diff's), but not under {@code --output structured} (the plugin's JSON leaves it out: exit 0), nor for
     * the server, which stores the same objects (exit 0).
     */
    @Test
    void theExitCodeIsTwoExactlyWhenTheOutputListsAChange() throws Exception {
        String ns = CLUSTER.namespace("exit");
        Path c = chart();
        CliBasicsTest.Result install = helm4j("install", "rel", c.toString(), "-n", ns, "--create-namespace");
        assertThat(install.code()).as(install.err()).isZero();
        Path t = c.resolve("templates/objects.yaml");
        Files.writeString(t, Files.readString(t).replace("  v: {{ .Values.v | quote }}\n  fixed: same\n",
                "  fixed: 'same'\n  v: {{ .Values.v | squote }}\n"));
        CliBasicsTest.Result text = helm4j("diff", "upgrade", "rel", c.toString(), "-n", ns, "--dry-run=client",
                "--detailed-exitcode");
        assertThat(text.code()).as(text.out() + text.err()).isEqualTo(2);
        assertThat(text.out()).contains("has changed:").contains("+   fixed: 'same'");
        CliBasicsTest.Result structured = helm4j("diff", "upgrade", "rel", c.toString(), "-n", ns, "--dry-run=client",
                "--detailed-exitcode", "--output", "structured");
        assertThat(structured.out()).isEqualTo("[]\n");
        assertThat(structured.code()).as(structured.err()).isZero();
        CliBasicsTest.Result server = helm4j("diff", "upgrade", "rel", c.toString(), "-n", ns, "--detailed-exitcode");
        assertThat(server.out()).isEmpty();
        assertThat(server.code()).as(server.err()).isZero();
    }
}
