package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j upgrade --plan} on a real cluster: the plan printed, then applied with {@code --yes}; without
 * a terminal and without {@code --yes} nothing is applied; on a terminal (a pseudo-terminal from
 * {@code script}), an object edited with {@code kubectl} while the prompt waits makes the typed {@code yes}
 * fail with the object named, and an answer other than {@code yes} cancels. Runs only when HELM4J_IT_KUBECONFIG
 * names a kubeconfig; each run uses namespaces of its own ({@code plan-...}), deleted at the end.
 */
class UpgradePlanClusterTest {
    private static final String KUBECONFIG = System.getenv("HELM4J_IT_KUBECONFIG");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> NAMESPACES = new ArrayList<>();
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path dir;

    @BeforeEach
    void needsACluster() {
        assumeTrue(KUBECONFIG != null && !KUBECONFIG.isEmpty(),
                "HELM4J_IT_KUBECONFIG is not set: no cluster, integration test skipped");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (String ns : NAMESPACES) {
            run("/opt/kube/bin/kubectl", "--kubeconfig", KUBECONFIG, "delete", "namespace", ns,
                    "--wait=false");
        }
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("KUBECONFIG", KUBECONFIG);
        env.put("HOME", System.getProperty("java.io.tmpdir") + "/h4j-home-" + SUFFIX);
        return env;
    }

    private static CliBasicsTest.Result run(String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliBasicsTest.Result(p.waitFor(), out, err);
    }

    private static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(env(), args);
    }

    private static String kubectl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/opt/kube/bin/kubectl", "--kubeconfig", KUBECONFIG));
        cmd.addAll(List.of(args));
        CliBasicsTest.Result r = run(cmd.toArray(String[]::new));
        assertThat(r.code()).as("kubectl %s: %s", String.join(" ", args), r.err()).isZero();
        return r.out();
    }

    /** A release {@code plan-rel} at revision 1 in a namespace of its own; returns the namespace. */
    private String install(String what) throws IOException {
        String ns = "plan-" + what + "-" + SUFFIX;
        NAMESPACES.add(ns);
        CliBasicsTest.Result r = helm4j("install", "plan-rel", chart().toString(), "-n", ns, "--create-namespace");
        assertThat(r.code()).as(r.err()).isZero();
        return ns;
    }

    private Path chart() throws IOException {
        Path c = dir.resolve("demo");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "greeting: hi\nextra: false\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: {{ .Values.greeting }}\n");
        Files.writeString(c.resolve("templates/static.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-static\ndata:\n  a: \"1\"\n  b: x\n");
        Files.writeString(c.resolve("templates/extra.yaml"), "{{ if .Values.extra }}apiVersion: v1\nkind: ConfigMap\n"
                + "metadata:\n  name: {{ .Release.Name }}-extra\ndata:\n  a: b\n{{ end }}\n");
        return c;
    }

    private String greeting(String ns) throws Exception {
        return kubectl("get", "configmap", "plan-rel-cm", "-n", ns, "-o", "jsonpath={.data.greeting}");
    }

    private String revisions(String ns) {
        CliBasicsTest.Result h = helm4j("history", "plan-rel", "-n", ns, "-o", "json");
        assertThat(h.code()).as(h.err()).isZero();
        return h.out();
    }

    @Test
    void thePlanIsPrintedThenAppliedWithYes() throws Exception {
        String ns = install("apply");
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan", "--yes",
                "--set", "greeting=hello", "--set", "extra=true");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(ns + ", plan-rel-cm, ConfigMap (v1) has changed:", "-   greeting: hi",
                "+   greeting: hello", ns + ", plan-rel-extra, ConfigMap (v1) has been added:",
                "Plan: 1 to add, 1 to change, 0 to destroy, 0 to change ownership.",
                "Applying it records revision 2 of release \"plan-rel\" (the plan was made at revision 1).",
                "Release \"plan-rel\" has been upgraded. Happy Helming!", "REVISION: 2");
        assertThat(greeting(ns)).isEqualTo("hello");
        assertThat(kubectl("get", "configmap", "plan-rel-extra", "-n", ns, "-o", "jsonpath={.data.a}")).isEqualTo("b");
    }

    @Test
    void withoutATerminalAndWithoutYesNothingIsApplied() throws Exception {
        String ns = install("noterm");
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan",
                "--set", "greeting=hello");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("+   greeting: hello");
        assertThat(r.err()).contains("no terminal to confirm the plan on, so nothing was applied; pass --yes");
        assertThat(greeting(ns)).isEqualTo("hi");
        assertThat(revisions(ns)).doesNotContain("\"revision\":2");
    }

    @Test
    void anObjectEditedWhileThePromptWaitsMakesTheApplyFailWithTheObjectNamed() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "no /usr/bin/script for a pseudo-terminal: test skipped");
        String ns = install("edited");
        Terminal t = Terminal.start(helm4jCommand("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan",
                "--set", "greeting=hello"));
        t.waitFor("Only 'yes' applies it: ");
        kubectl("patch", "configmap", "plan-rel-cm", "-n", ns, "--type", "merge", "-p",
                "{\"data\":{\"greeting\":\"by-hand\"}}");
        t.type("yes\n");
        int code = t.exit();
        assertThat(code).as(t.output()).isEqualTo(1);
        assertThat(t.output()).contains("the plan no longer holds: 1 object changed on the cluster since it was made: "
                + "ConfigMap \"plan-rel-cm\" in namespace \"" + ns + "\" (changed since the plan: resourceVersion ")
                .contains("nothing was applied, make a new plan");
        assertThat(greeting(ns)).isEqualTo("by-hand");
        assertThat(revisions(ns)).doesNotContain("\"revision\":2");
    }

    @Test
    void onATerminalYesAppliesThePlanAndAnythingElseCancelsIt() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "no /usr/bin/script for a pseudo-terminal: test skipped");
        String ns = install("prompt");
        Terminal no = Terminal.start(helm4jCommand("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan",
                "--set", "greeting=hello"));
        no.waitFor("Only 'yes' applies it: ");
        no.type("no\n");
        assertThat(no.exit()).as(no.output()).isEqualTo(1);
        assertThat(no.output()).contains("Upgrade cancelled: the plan was not applied.");
        assertThat(greeting(ns)).isEqualTo("hi");

        Terminal yes = Terminal.start(helm4jCommand("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan",
                "--set", "greeting=hello"));
        yes.waitFor("Only 'yes' applies it: ");
        yes.type("yes\n");
        assertThat(yes.exit()).as(yes.output()).isZero();
        assertThat(yes.output()).contains("has been upgraded", "REVISION: 2");
        assertThat(greeting(ns)).isEqualTo("hello");
    }

    @Test
    void aFieldConflictInThePlanIsReportedWithItsManagerAndRefusedUnlessForced() throws Exception {
        String ns = install("conflict");
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plan-rel-cm\n  namespace: " + ns
                + "\ndata:\n  greeting: theirs\n");
        kubectl("apply", "--server-side", "--field-manager=plan-other", "--force-conflicts", "-f", other.toString());
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan", "--yes",
                "--set", "greeting=hello");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("! conflict: .data.greeting is owned by \"plan-other\"",
                "1 field is owned by another manager (marked ! above): the apply takes them only with --force-conflicts.");
        assertThat(r.err()).contains("the plan has 1 field conflict that the server-side apply would fail on: "
                + "ConfigMap \"plan-rel-cm\" .data.greeting (owned by \"plan-other\"); nothing was applied");
        assertThat(greeting(ns)).isEqualTo("theirs");

        CliBasicsTest.Result forced = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan", "--yes",
                "--force-conflicts", "--set", "greeting=hello");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(greeting(ns)).isEqualTo("hello");
    }

    /** The plan leaves out what the upgrade does not change (without asking the server when that is certain). */
    @Test
    void objectsThePlanLeavesOutAreLeftAsTheyAreByTheUpgrade() throws Exception {
        String ns = install("same");
        String before = kubectl("get", "configmap", "plan-rel-static", "-n", ns, "-o",
                "jsonpath={.metadata.resourceVersion}");
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan", "--yes",
                "--set", "greeting=hello");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("plan-rel-cm, ConfigMap (v1) has changed:", "Plan: 0 to add, 1 to change")
                .doesNotContain("plan-rel-static");
        assertThat(kubectl("get", "configmap", "plan-rel-static", "-n", ns, "-o",
                "jsonpath={.metadata.resourceVersion}")).isEqualTo(before);
        CliBasicsTest.Result again = helm4j("diff", "upgrade", "plan-rel", chart().toString(), "-n", ns,
                "--reuse-values", "--detailed-exitcode");
        assertThat(again.code()).as(again.out() + again.err()).isZero();
    }

    /** {@code --install} of a missing release: the plan is the install's, every object an addition, then installed. */
    @Test
    void aMissingReleaseWithInstallIsPlannedAsAnInstallThenInstalledExactly() throws Exception {
        String ns = "plan-inst-" + SUFFIX;
        NAMESPACES.add(ns);
        kubectl("create", "namespace", ns);
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--install", "--plan",
                "--yes", "--set", "greeting=hello");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(ns + ", plan-rel-cm, ConfigMap (v1) has been added:", "+   greeting: hello",
                "+     meta.helm.sh/release-name: plan-rel", ns + ", plan-rel-static, ConfigMap (v1) has been added:",
                "Plan: 2 to add, 0 to change, 0 to destroy, 0 to change ownership.",
                "Applying it installs release \"plan-rel\" as revision 1 (the release does not exist yet).",
                "Release \"plan-rel\" does not exist. Installing it now.", "REVISION: 1", "STATUS: deployed");
        assertThat(greeting(ns)).isEqualTo("hello");
    }

    /** In a namespace {@code --create-namespace} will create, the plan shows the objects as they will be sent. */
    @Test
    void anInstallPlanIntoANamespaceToBeCreatedShowsTheObjectsAsSent() throws Exception {
        String ns = "plan-newns-" + SUFFIX;
        NAMESPACES.add(ns);
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--install",
                "--create-namespace", "--plan", "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(ns + ", plan-rel-cm, ConfigMap (v1) has been added:", "Plan: 2 to add",
                "REVISION: 1");
        assertThat(greeting(ns)).isEqualTo("hi");
    }

    @Test
    void anObjectCreatedWhileAnInstallPlanWaitsRefusesIt() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "no /usr/bin/script for a pseudo-terminal: test skipped");
        String ns = "plan-instrace-" + SUFFIX;
        NAMESPACES.add(ns);
        kubectl("create", "namespace", ns);
        Terminal t = Terminal.start(helm4jCommand("upgrade", "plan-rel", chart().toString(), "-n", ns, "--install",
                "--plan"));
        t.waitFor("Only 'yes' applies it: ");
        kubectl("create", "configmap", "plan-rel-static", "-n", ns, "--from-literal=a=mine");
        t.type("yes\n");
        assertThat(t.exit()).as(t.output()).isEqualTo(1);
        assertThat(t.output()).contains("the plan no longer holds: 1 object changed on the cluster since it was made: "
                + "ConfigMap \"plan-rel-static\" in namespace \"" + ns + "\" (created since the plan); nothing was "
                + "applied, make a new plan");
        assertThat(kubectl("get", "configmaps", "-n", ns, "-o", "name")).doesNotContain("plan-rel-cm");
        assertThat(helm4j("history", "plan-rel", "-n", ns).code()).isEqualTo(1);
    }

    /** {@code -o json}: the text plan on stderr, one document on stdout with the plan and the release applied. */
    @Test
    void underJsonOutputThePlanAndTheReleaseAreOneDocument() throws Exception {
        String ns = install("json");
        CliBasicsTest.Result r = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan", "--yes",
                "-o", "json", "--set", "greeting=hello");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Plan: 0 to add, 1 to change");
        Map<String, Object> doc = io.helm4j.kube.KubeJson.parseObject(r.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) doc.get("plan");
        assertThat(plan).containsEntry("baseRevision", 1L).containsEntry("revision", 2L).containsEntry("install", false)
                .containsEntry("summary", Map.of("add", 0L, "change", 1L, "destroy", 0L));
        assertThat(plan.get("changes").toString()).contains("path=.data.greeting", "before=hi", "after=hello");
        assertThat(((Map<?, ?>) doc.get("release")).get("version")).isEqualTo(2L);
        assertThat(greeting(ns)).isEqualTo("hello");

        CliBasicsTest.Result refused = helm4j("upgrade", "plan-rel", chart().toString(), "-n", ns, "--plan",
                "-o", "yaml", "--set", "greeting=other");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).startsWith("plan:\n").doesNotContain("release:\n  chart");
    }

    /** helm4j in a JVM of its own (this test's classpath), as a shell command line. */
    private static String helm4jCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.helm4j.cli.Main"));
        cmd.addAll(List.of(args));
        return String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    }

    /** A command on a pseudo-terminal ({@code script}), its output read as it comes and its input typed. */
    private static final class Terminal {
        private final Process process;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Thread reader;

        private Terminal(Process process) {
            this.process = process;
            this.reader = Thread.ofVirtual().start(() -> {
                try (InputStream in = process.getInputStream()) {
                    byte[] buf = new byte[4096];
                    for (int n; (n = in.read(buf)) > 0;) {
                        synchronized (out) {
                            out.write(buf, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
        }

        static Terminal start(String command) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "-q", "-e", "-c", command, "/dev/null");
            pb.environment().putAll(env());
            pb.redirectErrorStream(true);
            return new Terminal(pb.start());
        }

        String output() {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
        }

        void waitFor(String text) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!output().contains(text)) {
                assertThat(process.isAlive() || output().contains(text)).as("ended before \"%s\": %s", text, output())
                        .isTrue();
                assertThat(System.nanoTime()).as("no \"%s\" within 120s: %s", text, output()).isLessThan(end);
                Thread.sleep(50);
            }
        }

        void type(String text) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        int exit() throws InterruptedException {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("no exit within 120s: " + output());
            }
            reader.join(5000);
            return process.exitValue();
        }
    }
}
