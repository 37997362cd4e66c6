package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API server's warnings on a real cluster, next to the real Helm 4: a custom resource of a deprecated version
 * (its definition's {@code deprecationWarning}) through install, upgrade, rollback and uninstall, and an unknown field
 * dropped by a client-side create ({@code --server-side=false}); helm4j prints the lines Helm 4 prints (client-go's
 * warning logger through klog, on stderr, every one), the klog header's time and process id aside. Namespaces start
 * with {@code kube13-}; the definition {@code relics.kube13.helm4j.io} is left in place (shared by every run).
 */
class ApiWarningsClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kube13");
    /** klog's header: {@code Lmmdd hh:mm:ss.uuuuuu}, the pid right-aligned in 7 places, then file:line. */
    static final Pattern KLOG_HEADER = Pattern.compile("(?m)^I\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6} [ \\d]{6}\\d ");
    static final String DEPRECATED = "kube13.helm4j.io/v1alpha1 Relic is deprecated; use kube13.helm4j.io/v1";

    @TempDir
    static Path dir;

    @BeforeAll
    static void relicDefinition() throws Exception {
        if (CLUSTER.kubeconfig() == null) {
            return;
        }
        Path crd = dir.resolve("relic-crd.yaml");
        Files.writeString(crd, """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: relics.kube13.helm4j.io}
                spec:
                  group: kube13.helm4j.io
                  names: {kind: Relic, plural: relics, singular: relic, listKind: RelicList}
                  scope: Namespaced
                  versions:
                  - name: v1alpha1
                    served: true
                    storage: false
                    deprecated: true
                    deprecationWarning: "%s"
                    schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer}}}}}}
                  - name: v1
                    served: true
                    storage: true
                    schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer}}}}}}
                """.formatted(DEPRECATED));
        kubectl("apply", "-f", crd.toString());
        kubectl("wait", "--for", "condition=established", "crd/relics.kube13.helm4j.io", "--timeout=60s");
    }

    private static String kubectl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ClusterSetup.KUBECTL));
        cmd.addAll(List.of(args));
        return ClientSidePatchClusterTest.ok(cmd.toArray(String[]::new)).out();
    }

    /** A Relic of the deprecated version (its size from the values) and a ConfigMap, with an unknown field if asked. */
    static Path chart() throws Exception {
        Path c = dir.resolve("relic");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: relic\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "size: 1\nbogus: false\n");
        Files.writeString(c.resolve("templates/relic.yaml"), """
                apiVersion: kube13.helm4j.io/v1alpha1
                kind: Relic
                metadata: {name: {{ .Release.Name }}-relic}
                spec: {size: {{ .Values.size }}}
                """);
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: {{ .Release.Name }}-cm}
                data:
                  size: "{{ .Values.size }}"
                  kube: {{ .Capabilities.KubeVersion.Version | quote }}
                  namespace: {{ lookup "v1" "Namespace" "" .Release.Namespace | dig "metadata" "name" "none" | quote }}
                {{- if .Values.bogus }}
                bogus: {here: true}
                {{- end }}
                """);
        return c;
    }

    private static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HOME", dir.toString()), args);
    }

    private static CliBasicsTest.Result helm4(String... args) throws Exception {
        return CLUSTER.helm4(Map.of("HOME", dir.toString()), args);
    }

    /**
     * Both tools run {@code args} (NS in them the namespace of each): their stderr, the klog headers checked and cut,
     * helm4j's first; with {@code same} they must be equal.
     */
    private static List<String> both(String mine, String ref, boolean same, String... args) throws Exception {
        CliBasicsTest.Result ours = helm4j(with(args, mine));
        CliBasicsTest.Result theirs = helm4(with(args, ref));
        assertThat(ours.code()).as("helm4j %s: %s", List.of(args), ours.err()).isEqualTo(theirs.code());
        assertThat(theirs.err()).as("Helm's stderr is klog's lines").matches(
                "(?s)(I\\d{4} [^\\n]*warnings.go:107\\] \"Warning: [^\\n]*\"\\n)*");
        String o = normalized(ours.err());
        String t = normalized(theirs.err().replace(ref, mine));
        if (same) {
            assertThat(o).as("helm4j's stderr of %s", List.of(args)).isEqualTo(t);
        }
        return List.of(o, t);
    }

    private static String[] with(String[] args, String ns) {
        return java.util.Arrays.stream(args).map(a -> a.equals("NS") ? ns : a).toArray(String[]::new);
    }

    /** Each klog line's header (time, process id) replaced by {@code I }, after checking it is klog's. */
    static String normalized(String err) {
        return KLOG_HEADER.matcher(err).replaceAll("I ");
    }

    @Test
    void aDeprecatedCustomResourceVersionWarnsOnEachRequestAsHelm4Prints() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("warn-j");
        String ref = CLUSTER.namespace("warn-h");
        String line = "I warnings.go:107] \"Warning: " + DEPRECATED + "\"\n";
        // --dry-run=server into a namespace not there yet: Helm only reads, as helm4j then does
        assertThat(both(mine, ref, true, "install", "web", chart, "-n", "NS", "--dry-run=server").getFirst())
                .isEqualTo(line);
        // a GET (the ownership check), then the apply: one line each
        assertThat(both(mine, ref, true, "install", "web", chart, "-n", "NS", "--create-namespace").getFirst())
                .isEqualTo(line.repeat(2));
        // --dry-run=server: Helm reads each object (the ownership check); helm4j also dry-run applies, silently
        assertThat(both(mine, ref, true, "install", "other", chart, "-n", "NS", "--dry-run=server").getFirst())
                .isEqualTo(line);
        assertThat(both(mine, ref, true, "upgrade", "web", chart, "-n", "NS", "--set", "size=2").getFirst())
                .isEqualTo(line.repeat(2));
        // beyond Helm: diff's reads and dry runs warn too (the helm-diff plugin prints what Helm's client logs)
        CliBasicsTest.Result diff = helm4j("diff", "upgrade", "web", chart, "-n", mine, "--set", "size=3");
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(normalized(diff.err())).contains(line);
        // Helm's rollback reads each object twice (its client-side field manager upgrade, then the update) where
        // helm4j reads it once: the same line, once less
        List<String> rollback = both(mine, ref, false, "rollback", "web", "1", "-n", "NS");
        assertThat(rollback.getFirst()).isEqualTo(line.repeat(2));
        assertThat(rollback.get(1)).isEqualTo(line.repeat(3));
        assertThat(both(mine, ref, true, "uninstall", "web", "-n", "NS").getFirst()).isEqualTo(line.repeat(2));
    }

    @Test
    void templateDryRunServerReadsTheClusterAndWarnsAsHelm4() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("tpl-j");
        String ref = CLUSTER.namespace("tpl-h");
        kubectl("create", "namespace", mine);
        kubectl("create", "namespace", ref);
        String[] args = {"template", "web", chart, "-n", "NS", "--dry-run=server"};
        CliBasicsTest.Result ours = helm4j(with(args, mine));
        CliBasicsTest.Result theirs = helm4(with(args, ref));
        assertThat(ours.code()).as(ours.err()).isEqualTo(theirs.code()).isZero();
        // the cluster's version and lookup's answer, as Helm renders them
        assertThat(theirs.out()).contains("namespace: \"" + ref + "\"").doesNotContain("v1.20.0");
        assertThat(ours.out()).isEqualTo(theirs.out().replace(ref, mine));
        assertThat(normalized(ours.err())).isEqualTo(normalized(theirs.err().replace(ref, mine)))
                .isEqualTo("I warnings.go:107] \"Warning: " + DEPRECATED + "\"\n");
    }

    @Test
    void anUnknownFieldDroppedByAClientSideCreateWarnsAsHelm4Prints() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("unknown-j");
        String ref = CLUSTER.namespace("unknown-h");
        List<String> install = both(mine, ref, true, "install", "web", chart, "-n", "NS", "--create-namespace",
                "--server-side=false", "--set", "bogus=true");
        assertThat(install.getFirst()).contains("I warnings.go:107] \"Warning: unknown field \\\"bogus\\\"\"\n");
    }
}
