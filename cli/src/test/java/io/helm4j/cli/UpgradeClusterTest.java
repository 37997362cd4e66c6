package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j upgrade} and {@code rollback} on a real cluster next to the real Helm 4: the same release,
 * driven by the two in turns in one namespace and by Helm 4 alone in another, ends in the same records
 * (every revision, times aside), the same {@code helm history}, the same output and the same errors. Runs
 * only when HELM4J_IT_KUBECONFIG names a kubeconfig and Helm 4 is installed; namespaces start with
 * {@code upgrade-} and are deleted afterwards.
 */
class UpgradeClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("upgrade");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();
    private static final Path CHART = Path.of("../examples/hello").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), args);
    }

    private static CliBasicsTest.Result helm(String... args) throws Exception {
        return InstallClusterTest.helm(args);
    }

    /** Runs {@code args} with helm4j (or Helm 4) in {@code mixed}, and with Helm 4 in {@code ref}; both must succeed. */
    private static void both(boolean withHelm4j, String mixed, String ref, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("-n", mixed));
        CliBasicsTest.Result mine = withHelm4j ? helm4j(a.toArray(String[]::new)) : helm(a.toArray(String[]::new));
        List<String> b = new ArrayList<>(List.of(args));
        b.addAll(List.of("-n", ref));
        CliBasicsTest.Result theirs = helm(b.toArray(String[]::new));
        assertThat(mine.err()).as(String.join(" ", a)).isEqualTo(theirs.err().replace(ref, mixed));
        assertThat(mine.code()).as(String.join(" ", a)).isZero();
        assertThat(theirs.code()).as(String.join(" ", b)).isZero();
        assertThat(masked(mine.out())).as(String.join(" ", a)).isEqualTo(masked(theirs.out().replace(ref, mixed)));
    }

    private static CliBasicsTest.Result kubectl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/opt/kube/bin/kubectl"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KUBECONFIG", KUBECONFIG);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        return new CliBasicsTest.Result(p.waitFor(), out, err);
    }

    /**
     * Output with the times masked, and without the files' {@code modtime}s, which helm4j's chart loader does not
     * keep yet (the install records differ the same way).
     */
    private static String masked(String out) {
        return out.replaceAll("LAST DEPLOYED: .*", "LAST DEPLOYED: X")
                .replaceAll(",\"modtime\":\"[^\"]*\"", "")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "T");
    }

    /** A revision's record as JSON, read from its Secret; times and the namespace masked. */
    static String record(String ns, String name, int version) throws Exception {
        CliBasicsTest.Result r = helm("get-json", "secret", "sh.helm.release.v1." + name + ".v" + version, "-n", ns,
                "-o", "jsonpath={.data.release}");
        assertThat(r.code()).as("secret of revision %d in %s", version, ns).isZero();
        String payload = new String(Base64.getDecoder().decode(r.out().strip()));
        Release rel = ReleaseCodec.decode(payload);
        return masked(ReleaseCodec.toJson(rel).replace(ns, "NS"));
    }

    /** The secret's labels but the times. */
    private static String labels(String ns, String name, int version) throws Exception {
        String json = helm("get-json", "secret", "sh.helm.release.v1." + name + ".v" + version, "-n", ns, "-o",
                "jsonpath={.metadata.labels}").out();
        return json.replaceAll("\"(createdAt|modifiedAt)\":\"\\d+\",?", "");
    }

    private static String history(String ns) throws Exception {
        return helm("history", "web", "-n", ns).out().replaceAll("\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}",
                "TIME");
    }

    private void assertSameReleases(String mixed, String ref, int from, int to) throws Exception {
        for (int v = from; v <= to; v++) {
            assertThat(record(mixed, "web", v)).as("revision %d", v).isEqualTo(record(ref, "web", v));
            assertThat(labels(mixed, "web", v)).as("labels of revision %d", v).isEqualTo(labels(ref, "web", v));
        }
        assertThat(history(mixed)).isEqualTo(history(ref));
    }

    @Test
    void helm4AndHelm4jTakeTurnsOnOneReleaseAndEndWhereHelm4AloneEnds() throws Exception {
        String mixed = CLUSTER.namespace("mix");
        String ref = CLUSTER.namespace("ref");
        String chart = CHART.toString();
        both(false, mixed, ref, "install", "web", chart, "--create-namespace", "-l", "team=a");
        both(true, mixed, ref, "upgrade", "web", chart, "--set", "greeting=hi", "-l", "tier=web");
        both(false, mixed, ref, "upgrade", "web", chart, "--reuse-values", "--set", "replicaCount=1", "-l", "team=null");
        both(true, mixed, ref, "upgrade", "web", chart, "--reset-then-reuse-values", "--set", "service.port=81",
                "--description", "by hand");
        both(true, mixed, ref, "rollback", "web", "2");
        both(false, mixed, ref, "upgrade", "web", chart, "--reset-values");
        both(true, mixed, ref, "rollback", "web");
        assertSameReleases(mixed, ref, 1, 7);
        assertThat(history(mixed)).contains("Rollback to 2", "Rollback to 5", "by hand");
        CliBasicsTest.Result cm = helm("get-json", "configmap", "web-hello", "-n", mixed, "-o", "json",
                "--show-managed-fields");
        assertThat(cm.out()).contains("\"manager\": \"helm\"", "\"operation\": \"Apply\"")
                .doesNotContain("\"operation\": \"Update\"");
    }

    @Test
    void aReleaseHelm4jInstalledIsUpgradedByHelm4AndBack() throws Exception {
        String mixed = CLUSTER.namespace("rev-a");
        String ref = CLUSTER.namespace("rev-b");
        String chart = CHART.toString();
        both(true, mixed, ref, "upgrade", "web", chart, "--install", "--create-namespace");
        both(false, mixed, ref, "upgrade", "web", chart, "--set", "greeting=two");
        both(true, mixed, ref, "upgrade", "web", chart, "--history-max", "2", "-o", "json");
        assertSameReleases(mixed, ref, 2, 3);
        assertThat(helm("get-json", "secret", "sh.helm.release.v1.web.v1", "-n", mixed).code())
                .as("--history-max 2 pruned revision 1").isNotZero();
        for (List<String> args : List.of(List.of("upgrade", "nosuch", chart), List.of("upgrade", "Bad_Name", chart),
                List.of("rollback", "web", "9"), List.of("rollback", "nosuch"), List.of("rollback", "web", "x"),
                List.of("upgrade", "web", chart, "--hide-secret"), List.of("upgrade", "web"))) {
            List<String> full = new ArrayList<>(args);
            full.addAll(List.of("-n", mixed));
            CliBasicsTest.Result mine = helm4j(full.toArray(String[]::new));
            CliBasicsTest.Result theirs = helm(full.toArray(String[]::new));
            // run in-process as helm4j, the usage line names helm4j
            assertThat(mine.err().replace("helm4j ", "helm ")).as(String.join(" ", full)).isEqualTo(theirs.err());
            // helm4j exits 2 on usage errors (ARCHITECTURE: exit codes), where Helm exits 1
            assertThat(mine.code()).as(String.join(" ", full)).isEqualTo(args.equals(List.of("upgrade", "web")) ? 2 : theirs.code());
        }
    }

    @Test
    void aConflictFailsTheUpgradeAndRollbackOnFailureReportsAsHelm4() throws Exception {
        String mine = CLUSTER.namespace("conf-a");
        String ref = CLUSTER.namespace("conf-b");
        String chart = CHART.toString();
        String theirs = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-hello\ndata:\n  greeting: theirs\n";
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, theirs);
        for (String ns : List.of(mine, ref)) {
            assertThat(helm("install", "web", chart, "-n", ns, "--create-namespace").code()).isZero();
            assertThat(kubectl("apply", "--server-side", "--field-manager=other", "--force-conflicts", "-n", ns, "-f",
                    other.toString()).code()).isZero();
        }
        for (List<String> args : List.of(List.of("upgrade", "web", chart, "--set", "greeting=new"),
                List.of("upgrade", "web", chart, "--set", "greeting=new", "--rollback-on-failure"))) {
            List<String> a = new ArrayList<>(args);
            a.addAll(List.of("-n", mine));
            List<String> b = new ArrayList<>(args);
            b.addAll(List.of("-n", ref));
            CliBasicsTest.Result m = helm4j(a.toArray(String[]::new));
            CliBasicsTest.Result t = helm(b.toArray(String[]::new));
            assertThat(m.err()).as(String.join(" ", args)).isEqualTo(t.err().replace(ref, mine));
            assertThat(m.code()).isEqualTo(t.code()).isEqualTo(1);
        }
        assertThat(history(mine)).isEqualTo(history(ref).replace(ref, mine));
        CliBasicsTest.Result forced = helm4j("upgrade", "web", chart, "--set", "greeting=new", "--force-conflicts",
                "-n", mine);
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(helm("get-json", "configmap", "web-hello", "-n", mine, "-o", "jsonpath={.data.greeting}").out())
                .isEqualTo("new");
    }

    /** helm's managedFields entries of an object: manager, operation and fields. */
    static String helmFields(String ns, String kind) throws Exception {
        String json = helm("get-json", kind, "web-hello", "-n", ns, "-o", "json", "--show-managed-fields").out();
        Map<String, Object> o = io.helm4j.kube.KubeJson.parseObject(json);
        List<String> out = new ArrayList<>();
        for (Object e : (List<?>) cast((Map<?, ?>) o.get("metadata")).get("managedFields")) {
            Map<String, Object> entry = cast((Map<?, ?>) e);
            if ("helm".equals(entry.get("manager"))) {
                out.add(entry.get("operation") + " " + io.helm4j.kube.KubeJson.write(entry.get("fieldsV1")));
            }
        }
        return String.join("\n", out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    @Test
    void aClientSideReleaseIsPatchedMovedToServerSideAndReplacedAsHelm4Does() throws Exception {
        String mine = CLUSTER.namespace("csa-a");
        String ref = CLUSTER.namespace("csa-b");
        String chart = CHART.toString();
        for (String ns : List.of(mine, ref)) {
            assertThat(helm("install", "web", chart, "-n", ns, "--create-namespace", "--server-side=false").code())
                    .isZero();
            assertThat(kubectl("patch", "configmap", "web-hello", "-n", ns, "--type", "merge", "-p",
                    "{\"data\":{\"extra\":\"theirs\"}}").code()).isZero();
        }
        both(true, mine, ref, "upgrade", "web", chart, "--set", "greeting=csa");
        assertThat(helm("get-json", "configmap", "web-hello", "-n", mine, "-o", "jsonpath={.data}").out())
                .isEqualTo("{\"extra\":\"theirs\",\"greeting\":\"csa\"}");
        both(true, mine, ref, "upgrade", "web", chart, "--set", "greeting=ssa", "--server-side=true");
        for (String kind : List.of("configmap", "deployment", "service")) {
            assertThat(helmFields(mine, kind)).as(kind).isEqualTo(helmFields(ref, kind)).startsWith("Apply ");
        }
        both(true, mine, ref, "rollback", "web", "2");
        both(true, mine, ref, "upgrade", "web", chart, "--set", "greeting=replaced", "--server-side=false",
                "--force-replace");
        assertThat(helm("get-json", "configmap", "web-hello", "-n", mine, "-o", "jsonpath={.data}").out())
                .isEqualTo("{\"greeting\":\"replaced\"}");
        assertSameReleases(mine, ref, 1, 5);
    }

    private static final Path HELM3 = Path.of("../../shared/oracle/helm-oracle").toAbsolutePath().normalize();

    private static CliBasicsTest.Result helm3(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(HELM3.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KUBECONFIG", KUBECONFIG);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        return new CliBasicsTest.Result(p.waitFor(), out, err);
    }

    private static String greeting(String ns) throws Exception {
        return helm("get-json", "configmap", "web-hello", "-n", ns, "-o", "jsonpath={.data.greeting}").out();
    }

    @Test
    void aReleaseHelm3LeftIsUpgradedClientSideAndHelm3AndHelm4CarryOn() throws Exception {
        assumeTrue(Files.isExecutable(HELM3), "helm-oracle (Helm 3) is not at " + HELM3 + ": Helm 3 interop skipped");
        String ns = CLUSTER.namespace("helm3");
        String chart = CHART.toString();
        assertThat(helm3("install", "web", chart, "-n", ns, "--create-namespace").code()).isZero();
        assertThat(record(ns, "web", 1)).doesNotContain("apply_method");
        CliBasicsTest.Result up = helm4j("upgrade", "web", chart, "-n", ns, "--set", "greeting=h4j");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(record(ns, "web", 2)).contains("\"apply_method\":\"csa\"");
        assertThat(greeting(ns)).isEqualTo("h4j");
        assertThat(helmFields(ns, "configmap")).startsWith("Update ");
        assertThat(helm3("upgrade", "web", chart, "-n", ns, "--set", "greeting=helm3").code()).isZero();
        assertThat(greeting(ns)).isEqualTo("helm3");
        CliBasicsTest.Result back = helm4j("rollback", "web", "2", "-n", ns);
        assertThat(back.out()).isEqualTo("Rollback was a success! Happy Helming!\n");
        assertThat(greeting(ns)).isEqualTo("h4j");
        assertThat(helm("upgrade", "web", chart, "-n", ns, "--reuse-values", "--server-side=true").code()).isZero();
        assertThat(helmFields(ns, "configmap")).startsWith("Apply ").doesNotContain("Update ");
        assertThat(history(ns)).contains("Rollback to 2").contains("5       \tTIME\tdeployed");
    }
}
