package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j diff} and {@code helm4j drift} on a real cluster: drift after {@code kubectl scale},
 * {@code kubectl edit}, {@code kubectl patch} and {@code kubectl delete}, with who changed what; replicas
 * ignored under an HPA; {@code --correct}; a plan that matches what the real Helm 4's upgrade then changes
 * (a server-defaulted field included); a field conflict found by the plan that the real upgrade then hits;
 * Secrets hidden. Runs only when HELM4J_IT_KUBECONFIG names a kubeconfig and Helm 4 is installed; each run
 * uses namespaces of its own ({@code drift-...}), deleted at the end.
 */
class DriftClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("drift");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();

    @TempDir
    Path dir;

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("KUBECONFIG", KUBECONFIG);
        env.put("HOME", System.getProperty("java.io.tmpdir") + "/h4j-home-" + CLUSTER.suffix());
        env.put("EDITOR", "sed -i s/greeting:\\ hi/greeting:\\ edited/");
        return env;
    }

    private static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(env(), args);
    }

    static CliBasicsTest.Result run(String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliBasicsTest.Result(p.waitFor(), out, err);
    }

    private static CliBasicsTest.Result kubectl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/opt/kube/bin/kubectl"));
        cmd.addAll(List.of(args));
        CliBasicsTest.Result r = run(cmd.toArray(String[]::new));
        assertThat(r.code()).as("kubectl %s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private Path chart() throws IOException {
        Path c = dir.resolve("demo");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "replicas: 2\nimage: nginx:1.25\ngreeting: hi\npassword: s3cret\n"
                + "extraPort: false\n");
        Files.writeString(c.resolve("templates/deploy.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-web
                spec:
                  replicas: {{ .Values.replicas }}
                  selector:
                    matchLabels: {app: {{ .Release.Name }}{{ if .Values.tier }}, tier: {{ .Values.tier }}{{ end }}}
                  template:
                    metadata:
                      labels: {app: {{ .Release.Name }}{{ if .Values.tier }}, tier: {{ .Values.tier }}{{ end }}}
                    spec:
                      containers:
                      - name: web
                        image: {{ .Values.image }}
                        ports:
                        - containerPort: 80
                        {{- if .Values.extraPort }}
                        - containerPort: 8080
                        {{- end }}
                """);
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: {{ .Values.greeting }}\n");
        Files.writeString(c.resolve("templates/secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n"
                + "  name: {{ .Release.Name }}-secret\nstringData:\n  password: {{ .Values.password }}\n");
        Files.writeString(c.resolve("templates/svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n"
                + "  name: {{ .Release.Name }}-svc\nspec:\n  selector: {app: {{ .Release.Name }}}\n  ports:\n  - port: 80\n");
        return c;
    }

    private String install(String what) throws IOException {
        String ns = CLUSTER.namespace(what);
        CliBasicsTest.Result r = helm4j("install", "rel", chart().toString(), "-n", ns, "--create-namespace");
        assertThat(r.code()).as(r.err()).isZero();
        return ns;
    }

    @SuppressWarnings("unchecked")
    /** Each change of {@code diff -o structured} (helm-diff's schema) as "KIND PATH FIELD CHANGE". */
    static List<String> structuredChanges(String json) {
        List<String> out = new ArrayList<>();
        for (Object e : GoYaml.fromJsonArray(json)) {
            Map<?, ?> entry = (Map<?, ?>) e;
            Object changes = entry.get("changes");
            for (Object c : changes == null ? List.of() : (List<?>) changes) {
                Map<?, ?> m = (Map<?, ?>) c;
                out.add(entry.get("kind") + " " + m.get("path") + " " + m.get("field") + " " + m.get("change"));
            }
        }
        return out;
    }

    private static Map<String, Object> object(Map<String, Object> report, String kind) {
        for (Object o : (List<Object>) report.get("objects")) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (m.get("kind").equals(kind)) {
                return m;
            }
        }
        throw new AssertionError("no " + kind + " in " + report);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> field(Map<String, Object> object, String list, String path) {
        for (Object o : (List<Object>) object.get(list)) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (m.get("path").equals(path)) {
                return m;
            }
        }
        throw new AssertionError("no " + path + " in " + object);
    }

    @Test
    void driftAfterScaleEditPatchAndDeleteNamesWhoChangedWhatAndCorrectTakesItBack() throws Exception {
        String ns = install("kubectl");
        CliBasicsTest.Result clean = helm4j("drift", "rel", "-n", ns, "--detailed-exitcode");
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).endsWith("Drift: 0 drifted, 0 deleted, 0 orphaned, 4 in sync.\n");

        kubectl("-n", ns, "scale", "deployment/rel-web", "--replicas=4");
        kubectl("-n", ns, "edit", "configmap/rel-cm");
        kubectl("-n", ns, "patch", "secret/rel-secret", "-p", "{\"stringData\":{\"password\":\"leaked\"}}");
        kubectl("-n", ns, "delete", "service/rel-svc");

        CliBasicsTest.Result drift = helm4j("drift", "rel", "-n", ns, "-o", "json", "--detailed-exitcode");
        assertThat(drift.code()).as(drift.err()).isEqualTo(2);
        assertThat(drift.out() + drift.err()).doesNotContain("leaked", "bGVha2Vk", "s3cret", "czNjcmV0");
        Map<String, Object> report = GoYaml.fromJsonObject(drift.out());
        assertThat(report).containsEntry("drifted", true);
        Map<String, Object> replicas = field(object(report, "Deployment"), "fields", ".spec.replicas");
        assertThat(replicas.get("applied")).isEqualTo(2.0);
        assertThat(replicas.get("live")).isEqualTo(4.0);
        assertThat(replicas.get("changedBy")).isEqualTo(List.of("kubectl (Update, scale)"));
        Map<String, Object> greeting = field(object(report, "ConfigMap"), "fields", ".data.greeting");
        assertThat(greeting).containsEntry("applied", "hi").containsEntry("live", "edited")
                .containsEntry("changedBy", List.of("kubectl-edit (Update)"));
        assertThat(field(object(report, "Secret"), "fields", ".data.password"))
                .containsEntry("changedBy", List.of("kubectl-patch (Update)")).containsEntry("live", "(changed)");
        assertThat(object(report, "Service")).containsEntry("state", "DELETED");

        kubectl("-n", ns, "autoscale", "deployment/rel-web", "--min=1", "--max=5");
        Map<String, Object> underHpa = GoYaml.fromJsonObject(helm4j("drift", "rel", "-n", ns, "-o", "json").out());
        assertThat(object(underHpa, "Deployment")).containsEntry("state", "IN_SYNC");
        assertThat(field(object(underHpa, "Deployment"), "ignored", ".spec.replicas"))
                .containsEntry("ignoredBy", "scaled by HorizontalPodAutoscaler rel-web");

        CliBasicsTest.Result fix = helm4j("drift", "rel", "-n", ns, "--correct", "--detailed-exitcode");
        assertThat(fix.code()).as(fix.out() + fix.err()).isZero();
        assertThat(fix.out()).startsWith("PLAN:\n").contains("CORRECTED:\n", "Service/rel-svc: re-applied\n")
                .endsWith("Drift: 0 drifted, 0 deleted, 0 orphaned, 4 in sync.\n");
        assertThat(kubectl("-n", ns, "get", "configmap/rel-cm", "-o", "jsonpath={.data.greeting}").out()).isEqualTo("hi");
        assertThat(kubectl("-n", ns, "get", "service/rel-svc", "-o", "name").out()).isEqualTo("service/rel-svc\n");
        assertThat(kubectl("-n", ns, "get", "deployment/rel-web", "-o", "jsonpath={.spec.replicas}").out())
                .as("the HPA's replicas are left alone").isEqualTo("4");
        assertThat(helm4j("status", "rel", "-n", ns, "--drift").out()).contains("DRIFT:\n", "Deployment/rel-web: in sync\n");
    }

    @Test
    void thePlanIsWhatTheRealUpgradeThenChangesServerDefaultsIncluded() throws Exception {
        String ns = install("plan");
        String chart = chart().toString();
        CliBasicsTest.Result plan = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--set", "replicas=3",
                "--set", "extraPort=true", "--set", "password=n3w", "--output", "structured", "--detailed-exitcode");
        assertThat(plan.code()).as(plan.err()).isEqualTo(2);
        assertThat(plan.out()).doesNotContain("n3w", "bjN3", "s3cret", "czNjcmV0");
        List<Object> changes = GoYaml.fromJsonArray(plan.out());
        assertThat(changes).hasSize(2);
        String before = kubectl("-n", ns, "get", "deployment/rel-web", "-o", "json").out();

        CliBasicsTest.Result upgrade = run(HelpGoldensTest.HELM4.toString(), "upgrade", "rel", chart, "-n", ns,
                "--set", "replicas=3", "--set", "extraPort=true", "--set", "password=n3w");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        Map<String, Object> after = GoYaml.fromJsonObject(kubectl("-n", ns, "get", "deployment/rel-web", "-o", "json").out());
        Map<String, Object> was = GoYaml.fromJsonObject(before);
        assertThat(((Map<?, ?>) was.get("spec")).get("replicas")).isEqualTo(2.0);
        assertThat(((Map<?, ?>) after.get("spec")).get("replicas")).isEqualTo(3.0);
        assertThat(structuredChanges(plan.out())).contains("Deployment spec replicas replace",
                "Deployment spec.template.spec.containers[0].ports 1 add", "Secret data password replace");
        // the API server's default, which no manifest says: the plan has it because the server made it
        assertThat(plan.out()).contains("\"protocol\": \"TCP\"");
        assertThat(kubectl("-n", ns, "get", "deployment/rel-web", "-o",
                "jsonpath={.spec.template.spec.containers[0].ports[1].protocol}").out()).isEqualTo("TCP");

        CliBasicsTest.Result again = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--reuse-values",
                "--detailed-exitcode");
        assertThat(again.code()).as("after the real upgrade nothing is left to change: " + again.out()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void aFieldConflictIsFoundByThePlanAndHitByTheRealUpgrade() throws Exception {
        String ns = install("conflict");
        String chart = chart().toString();
        Path cm = dir.resolve("cm.yaml");
        Files.writeString(cm, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rel-cm\n  namespace: " + ns
                + "\ndata:\n  greeting: theirs\n");
        kubectl("apply", "--server-side", "--field-manager=other-team", "--force-conflicts", "-f", cm.toString());

        CliBasicsTest.Result plan = helm4j("diff", "upgrade", "rel", chart, "-n", ns, "--set", "greeting=ours",
                "-C", "1");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("-   greeting: theirs\n+   greeting: ours\n",
                "! conflict: .data.greeting is owned by \"other-team\"\n");
        CliBasicsTest.Result upgrade = run(HelpGoldensTest.HELM4.toString(), "upgrade", "rel", chart, "-n", ns,
                "--set", "greeting=ours", "--server-side=true");
        assertThat(upgrade.code()).isNotZero();
        assertThat(upgrade.err()).contains("conflict", "other-team", ".data.greeting");
    }

    @Test
    void aChangeToAnImmutableFieldIsAReplacement() throws Exception {
        String ns = install("replace");
        CliBasicsTest.Result r = helm4j("diff", "upgrade", "rel", chart().toString(), "-n", ns, "--set", "tier=front",
                "--output", "simple");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(ns + ", rel-web, Deployment (apps) to be replaced.\n")
                .endsWith("Plan: 0 to add, 1 to change, 0 to destroy, 0 to change ownership.\n");
    }

    @Test
    void aClientDiffNeedsNoDryRunAndDiffInstallShowsEveryObjectAsAdded() throws Exception {
        String ns = CLUSTER.namespace("install");
        kubectl("create", "namespace", ns);
        CliBasicsTest.Result r = helm4j("diff", "install", "rel", chart().toString(), "-n", ns, "--output", "simple");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(ns + ", rel-cm, ConfigMap (v1) to be added.\n"
                + ns + ", rel-secret, Secret (v1) to be added.\n" + ns + ", rel-svc, Service (v1) to be added.\n"
                + ns + ", rel-web, Deployment (apps) to be added.\n"
                + "Plan: 4 to add, 0 to change, 0 to destroy, 0 to change ownership.\n");
    }
}
