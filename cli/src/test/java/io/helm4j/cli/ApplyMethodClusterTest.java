package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.KubeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hooks, CRDs of {@code crds/} and the namespace of {@code --create-namespace} are written with the apply method of the operation that runs them, as Helm 4 writes them: server-side
 * apply (operation {@code Apply}) for a server-side release, a create (operation {@code Update}) for a release
 * installed client-side ({@code --server-side=false}, or by Helm 3), on install, upgrade and rollback; uninstall's
 * hooks always server-side. helm4j in one namespace and the real Helm 4 in another must leave the same managedFields
 * on the hook objects, CRDs and namespaces, and the same records. Namespaces start with {@code kapply-}.
 */
class ApplyMethodClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kapply");
    private static final Path HELM3 = Path.of("../../shared/oracle/helm-oracle").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** A ConfigMap and a hook ConfigMap per event; the hooks keep the default policy, so they stay after a run. */
    private Path chart() throws Exception {
        Path c = dir.resolve("hooked");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: hooked\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "greeting: hi\n");
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: main}
                data: {greeting: {{ .Values.greeting | quote }}}
                """);
        StringBuilder hooks = new StringBuilder();
        for (String event : List.of("pre-install", "post-upgrade", "pre-rollback", "pre-delete")) {
            hooks.append("""
                    ---
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: hook-%s
                      annotations: {"helm.sh/hook": %s}
                    data: {greeting: {{ .Values.greeting | quote }}}
                    """.formatted(event, event));
        }
        Files.writeString(c.resolve("templates/hooks.yaml"), hooks.toString());
        return c;
    }

    private static CliBasicsTest.Result helm4j(String ns, String... args) {
        return CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()), with(args, ns));
    }

    private static CliBasicsTest.Result helm4(String ns, String... args) throws Exception {
        return ClientSidePatchClusterTest.run(with(HelpGoldensTest.HELM4.toString(), args, ns));
    }

    private static String[] with(String[] args, String ns) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("-n", ns));
        return a.toArray(String[]::new);
    }

    private static String[] with(String first, String[] args, String ns) {
        List<String> a = new ArrayList<>(List.of(first));
        a.addAll(List.of(with(args, ns)));
        return a.toArray(String[]::new);
    }

    /** Runs a command with helm4j in {@code mine} and Helm 4 in {@code ref}; both succeed with the same stderr. */
    private static void both(String mine, String ref, String... args) throws Exception {
        CliBasicsTest.Result ours = helm4j(mine, args);
        CliBasicsTest.Result theirs = helm4(ref, args);
        // helm4j's wait progress (a line per change when stderr is not a terminal) is its own
        assertThat(ours.err().replaceAll("(?m)^(all \\d+ \\w+ ready|waiting for .*)\n", ""))
                .as(String.join(" ", args)).isEqualTo(theirs.err().replace(ref, mine));
        assertThat(ours.code()).as(String.join(" ", args)).isZero().isEqualTo(theirs.code());
    }

    /** Every managedFields entry of a ConfigMap: manager, operation and fields (times aside). */
    static String fields(String ns, String name) throws Exception {
        return managedFields("configmap", name, "-n", ns);
    }

    /** Every managedFields entry of an object: manager, operation and fields (times aside). */
    static String managedFields(String... object) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ClusterSetup.KUBECTL, "get"));
        cmd.addAll(List.of(object));
        cmd.addAll(List.of("-o", "json", "--show-managed-fields"));
        String json = ClientSidePatchClusterTest.ok(cmd.toArray(String[]::new)).out();
        Map<?, ?> meta = (Map<?, ?>) KubeJson.parseObject(json).get("metadata");
        List<String> out = new ArrayList<>();
        for (Object e : (List<?>) meta.get("managedFields")) {
            Map<?, ?> entry = (Map<?, ?>) e;
            out.add(entry.get("manager") + " " + entry.get("operation") + " " + KubeJson.write(entry.get("fieldsV1")));
        }
        return String.join("\n", out);
    }

    private static void sameHook(String mine, String ref, String hook, String operation) throws Exception {
        String ours = fields(mine, hook);
        assertThat(ours).as(hook).isEqualTo(fields(ref, hook)).startsWith("helm " + operation + " ");
    }

    private static void sameRecord(String mine, String ref, int revision) throws Exception {
        assertThat(UpgradeClusterTest.record(mine, "web", revision)).as("revision %d", revision)
                .isEqualTo(UpgradeClusterTest.record(ref, "web", revision));
    }

    @Test
    void aClientSideReleaseCreatesItsHooksClientSideOnInstallUpgradeAndRollbackAsHelm4Does() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("csa-j");
        String ref = CLUSTER.namespace("csa-h");
        both(mine, ref, "install", "web", chart, "--create-namespace", "--server-side=false");
        sameHook(mine, ref, "hook-pre-install", "Update");
        both(mine, ref, "upgrade", "web", chart, "--set", "greeting=two");
        sameHook(mine, ref, "hook-post-upgrade", "Update");
        both(mine, ref, "rollback", "web", "1");
        sameHook(mine, ref, "hook-pre-rollback", "Update");
        for (int revision = 1; revision <= 3; revision++) {
            sameRecord(mine, ref, revision);
        }
        // moving to server-side apply: the hooks follow
        both(mine, ref, "upgrade", "web", chart, "--server-side=true", "--set", "greeting=four");
        sameHook(mine, ref, "hook-post-upgrade", "Apply");
        sameRecord(mine, ref, 4);
    }

    @Test
    void aServerSideReleaseAppliesItsHooksWithoutForcingAndUninstallAppliesServerSideAsHelm4Does() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("ssa-j");
        String ref = CLUSTER.namespace("ssa-h");
        both(mine, ref, "install", "web", chart, "--create-namespace");
        sameHook(mine, ref, "hook-pre-install", "Apply");
        both(mine, ref, "upgrade", "web", chart, "--set", "greeting=two");
        sameHook(mine, ref, "hook-post-upgrade", "Apply");
        sameRecord(mine, ref, 2);
        both(mine, ref, "uninstall", "web", "--keep-history");
        sameHook(mine, ref, "hook-pre-delete", "Apply");
    }

    @Test
    void aReleaseHelm3InstalledGetsItsUpgradeHooksCreatedClientSideAsHelm4Does() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("h3-j");
        String ref = CLUSTER.namespace("h3-h");
        for (String ns : List.of(mine, ref)) {
            ClientSidePatchClusterTest.ok(HELM3.toString(), "install", "web", chart, "-n", ns, "--create-namespace",
                    "--kubeconfig", CLUSTER.kubeconfig());
        }
        both(mine, ref, "upgrade", "web", chart, "--set", "greeting=two");
        sameHook(mine, ref, "hook-post-upgrade", "Update");
        sameRecord(mine, ref, 2);
    }

    /** A chart whose {@code crds/} defines a kind named after {@code group} (a CRD of this run's own). */
    private Path crdChart(String name, String group) throws Exception {
        Path c = dir.resolve(name);
        Files.createDirectories(c.resolve("templates"));
        Files.createDirectories(c.resolve("crds"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: main}\n");
        Files.writeString(c.resolve("crds/crd.yaml"), """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.%s}
                spec:
                  group: %s
                  names: {kind: Widget, plural: widgets}
                  scope: Namespaced
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                """.formatted(group, group));
        return c;
    }

    private static void sameCluster(String what, String mine, String ref, String... object) throws Exception {
        List<String> theirs = new ArrayList<>(List.of(object));
        theirs.replaceAll(s -> s.replace(mine, ref));
        assertThat(managedFields(object).replace(mine, "NS")).as(what)
                .isEqualTo(managedFields(theirs.toArray(String[]::new)).replace(ref, "NS"));
    }

    @Test
    void crdsAndTheCreatedNamespaceAreWrittenWithTheInstallsApplyMethodAsHelm4Does() throws Exception {
        for (String method : List.of("true", "false")) {
            String mine = CLUSTER.namespace("crd-" + method + "-j");
            String ref = CLUSTER.namespace("crd-" + method + "-h");
            String groupMine = mine + ".kapply.example.com";
            String groupRef = ref + ".kapply.example.com";
            CliBasicsTest.Result ours = helm4j(mine, "install", "web", crdChart("j" + method, groupMine).toString(),
                    "--create-namespace", "--server-side=" + method);
            CliBasicsTest.Result theirs = helm4(ref, "install", "web", crdChart("h" + method, groupRef).toString(),
                    "--create-namespace", "--server-side=" + method);
            assertThat(ours.code()).as(ours.err()).isZero().isEqualTo(theirs.code());
            sameCluster("namespace, --server-side=" + method, mine, ref, "namespace", mine);
            sameCluster("CRD, --server-side=" + method, mine, ref, "crd", "widgets." + groupMine);
            assertThat(managedFields("namespace", mine)).contains("helm " + (method.equals("true") ? "Apply" : "Update"));
            for (String group : List.of(groupMine, groupRef)) {
                ClientSidePatchClusterTest.run(ClusterSetup.KUBECTL, "delete", "crd", "widgets." + group, "--wait=false");
            }
        }
    }

    /**
     * Beyond Helm 4: a list with two entries of one key is found before anything is recorded or applied, each named in
     * the words the API server rejects it with when Helm 4 applies it (and leaves the release failed).
     */
    @Test
    void aListWithTwoEntriesOfOneKeyIsFoundBeforeAnythingIsAppliedInTheApiServersWords() throws Exception {
        Path c = dir.resolve("dup");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: dup\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/deploy.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: dup}
                spec:
                  selector: {matchLabels: {app: dup}}
                  template:
                    metadata: {labels: {app: dup}}
                    spec:
                      containers:
                      - name: app
                        image: x
                        env: [{name: A, value: "1"}, {name: A, value: "2"}]
                        ports: [{containerPort: 80}, {containerPort: 80, protocol: TCP}, {containerPort: 53, protocol: UDP}]
                """);
        String mine = CLUSTER.namespace("dup-j");
        String ref = CLUSTER.namespace("dup-h");
        CliBasicsTest.Result ours = helm4j(mine, "install", "web", c.toString(), "--create-namespace");
        CliBasicsTest.Result theirs = helm4(ref, "install", "web", c.toString(), "--create-namespace");
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
        List<String> found = List.of(
                ".spec.template.spec.containers[name=\"app\"].env: duplicate entries for key [name=\"A\"]",
                ".spec.template.spec.containers[name=\"app\"].ports: duplicate entries for key "
                        + "[containerPort=80,protocol=\"TCP\"]");
        assertThat(theirs.err()).contains("failed to create typed patch object").contains(found);
        assertThat(ours.err()).isEqualTo("Error: INSTALLATION FAILED: server-side apply would reject lists with two "
                + "entries of one key, nothing was applied: Deployment \"dup\": " + found.get(0) + "; Deployment \"dup\": "
                + found.get(1) + ". Keep one entry per key in the chart (client-side apply merged them, the last one "
                + "winning), or apply client-side with --server-side=false\n");
        assertThat(ClusterSetup.statuses(ref)).isEqualTo("1:failed");
        assertThat(ClusterSetup.statuses(mine)).isEmpty();
    }
}
