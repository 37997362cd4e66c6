package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.action.TemplateOptions;
import io.helm4j.settings.HelmSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TemplateCommandTest {
    @TempDir
    Path dir;

    private Path chart(String... templates) throws IOException {
        Path c = dir.resolve("demo");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "greeting: hi\n");
        for (int i = 0; i < templates.length; i += 2) {
            Files.writeString(c.resolve("templates").resolve(templates[i]), templates[i + 1]);
        }
        return c;
    }

    /** Helm 4.3.2 prints the deprecation as a slog line: {@code level=WARN msg="this chart is deprecated"}. */
    @Test
    void aDeprecatedChartIsASlogWarning(@TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("old");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: old\nversion: 0.1.0\ndeprecated: true\n");
        Files.writeString(chart.resolve("templates/cm.yaml"), "kind: ConfigMap\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", "r", chart.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("level=WARN msg=\"this chart is deprecated\"\n");
    }

    @Test
    void flagsBecomeOptions() {
        CommandLine line = new CommandLine(new TemplateCommand().model());
        TemplateCommand cmd = line.getCommand();
        line.parseArgs("rel", "./chart", "-f", "a.yaml,b.yaml", "--set", "a=1,b=2", "--set", "c=3",
                "-a", "x/v1,y/v1", "-s", "templates/x.yaml", "--include-crds", "--skip-tests", "--kube-version", "1.29");
        TemplateOptions o = cmd.toOptions(HelmSettings.fromEnvironment(Map.of(), Path.of("/home/u")));
        assertThat(o.args()).containsExactly("rel", "./chart");
        assertThat(o.values().valueFiles()).containsExactly("a.yaml", "b.yaml");
        assertThat(o.values().setValues()).containsExactly("a=1,b=2", "c=3");
        assertThat(o.apiVersions()).containsExactly("x/v1", "y/v1");
        assertThat(o.showOnly()).containsExactly("templates/x.yaml");
        assertThat(o.includeCrds()).isTrue();
        assertThat(o.skipTests()).isTrue();
        assertThat(o.kubeVersion()).isEqualTo("1.29");
        assertThat(o.namespace()).isEqualTo("default");
        assertThat(o.generateName() || o.disableHooks() || o.enableDns() || o.isUpgrade()).isFalse();
    }

    /** Every flag that changes what template renders reaches the options: its one declaration says where. */
    @Test
    void installAndTemplateFlagsReachTheOptions() {
        CommandLine line = new CommandLine(new TemplateCommand().model());
        TemplateCommand cmd = line.getCommand();
        line.parseArgs("./chart", "-g", "--name-template", "n-{{ 1 }}", "--no-hooks", "--enable-dns",
                "--skip-schema-validation", "--render-subchart-notes", "--is-upgrade", "--release-name",
                "--output-dir", "out", "--set-string", "a=b", "--set-file", "c=d", "--set-json", "e=1",
                "--set-literal", "f=g");
        TemplateOptions o = cmd.toOptions(HelmSettings.fromEnvironment(Map.of(), Path.of("/home/u")));
        assertThat(o.generateName()).isTrue();
        assertThat(o.nameTemplate()).isEqualTo("n-{{ 1 }}");
        assertThat(o.disableHooks()).isTrue();
        assertThat(o.enableDns()).isTrue();
        assertThat(o.skipSchemaValidation()).isTrue();
        assertThat(o.subNotes()).isTrue();
        assertThat(o.isUpgrade()).isTrue();
        assertThat(o.useReleaseName()).isTrue();
        assertThat(o.outputDir()).isEqualTo(Path.of("out"));
        assertThat(o.values().stringValues()).containsExactly("a=b");
        assertThat(o.values().fileValues()).containsExactly("c=d");
        assertThat(o.values().jsonValues()).containsExactly("e=1");
        assertThat(o.values().literalValues()).containsExactly("f=g");
    }

    @Test
    void printsManifestsThenHooksAndHonoursSkipTests() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  g: {{ .Values.greeting }}\n",
                "test.yaml", "kind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", "rel", c.toString(), "--set", "greeting=yo");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("---\n# Source: demo/templates/cm.yaml\nkind: ConfigMap\nmetadata:\n  name: rel\n"
                + "data:\n  g: yo\n---\n# Source: demo/templates/test.yaml\nkind: Pod\nmetadata:\n  name: t\n"
                + "  annotations:\n    helm.sh/hook: test\n\n"); // Helm 4: a hook keeps its final newline
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--skip-tests").out())
                .isEqualTo("---\n# Source: demo/templates/cm.yaml\nkind: ConfigMap\nmetadata:\n  name: release-name\n"
                        + "data:\n  g: hi\n");
    }

    @Test
    void templateErrorsReadAsHelmsAndShowTheSourceLine() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nx: {{ required \"x is required\" .Values.x }}\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", "rel", c.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error: execution error at (demo/templates/cm.yaml:2:6): x is required\n\n"
                + "Use --debug flag to render out invalid YAML\n")
                .contains("x: {{ required \"x is required\" .Values.x }}\n     ^\n");
    }

    @Test
    void showOnlyUnknownTemplateFails() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", c.toString(), "-s", "templates/nope.yaml");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: could not find template templates/nope.yaml in chart\n");
    }


    /** A postrenderer/v1 plugin under {@code dir/plugins/NAME} running {@code script}; the environment naming it. */
    private Map<String, String> postRendererPlugin(String name, String script) throws IOException {
        Path p = dir.resolve("plugins").resolve(name);
        Files.createDirectories(p);
        Files.writeString(p.resolve("plugin.yaml"), "apiVersion: v1\nname: " + name + "\ntype: postrenderer/v1\n"
                + "runtime: subprocess\nversion: 0.1.0\nruntimeConfig:\n  platformCommand:\n"
                + "    - command: $HELM_PLUGIN_DIR/run.sh\n");
        Files.writeString(p.resolve("run.sh"), "#!/bin/sh\n" + script);
        p.resolve("run.sh").toFile().setExecutable(true);
        return Map.of("PATH", "/usr/bin:/bin", "HELM_PLUGINS", dir.resolve("plugins").toString());
    }

    @Test
    void postRendererPluginRunsOverManifestsAndHooks() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n",
                "hook.yaml", "kind: Pod\nmetadata:\n  name: h\n  annotations:\n    helm.sh/hook: pre-install\n");
        Map<String, String> env = postRendererPlugin("rename", "sed -e \"s/name: $1\\$/name: renamed/\" "
                + "-e 's/name: h$/name: hooked/'\necho \"from $HELM_PLUGIN_NAME\" >&2\n");
        CliBasicsTest.Result r = CliBasicsTest.run(env, "template", "rel", c.toString(), "--post-renderer", "rename",
                "--post-renderer-args", "rel");
        assertThat(r.err()).as("the plugin's stderr reaches the user").isEqualTo("from rename\n");
        assertThat(r.out()).isEqualTo("---\n# Source: demo/templates/cm.yaml\nkind: ConfigMap\nmetadata:\n"
                + "  name: renamed\n---\n# Source: demo/templates/hook.yaml\nkind: Pod\nmetadata:\n  name: hooked\n"
                + "  annotations:\n    helm.sh/hook: pre-install\n\n");
    }

    @Test
    void postRendererThatIsAPathIsRefusedClearly() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: x\n");
        Path plain = Files.writeString(dir.resolve("kustomize.sh"), "cat\n");
        Map<String, String> env = postRendererPlugin("other", "cat\n");
        CliBasicsTest.Result r = CliBasicsTest.run(env, "template", c.toString(), "--post-renderer", plain.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: invalid argument \"" + plain + "\" for \"--post-renderer\" flag: "
                + "plugin: {Name:" + plain + " Type:postrenderer/v1} not found (Helm 4's --post-renderer names a "
                + "postrenderer/v1 plugin, not an executable: wrap " + plain + " in a plugin whose platformCommand "
                + "runs it)\n");
        assertThat(CliBasicsTest.run(env, "template", c.toString(), "--post-renderer", "nosuch").err())
                .isEqualTo("Error: invalid argument \"nosuch\" for \"--post-renderer\" flag: plugin: {Name:nosuch "
                        + "Type:postrenderer/v1} not found\n");
        assertThat(CliBasicsTest.run(env, "template", c.toString(), "--post-renderer", "other", "--post-renderer",
                "b").err()).isEqualTo("Error: invalid argument \"b\" for \"--post-renderer\" flag: cannot specify "
                + "--post-renderer flag more than once\n");
    }

    @Test
    void postRendererFailureNamesThePluginAndKeepsItsStderr() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: x\n");
        Map<String, String> env = postRendererPlugin("failing", "cat >/dev/null; echo nope >&2; exit 2\n");
        CliBasicsTest.Result r = CliBasicsTest.run(env, "template", c.toString(), "--post-renderer", "failing");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("nope\nError: error while running post render on files: failed to invoke "
                + "post-renderer plugin \"failing\": plugin \"failing\" exited with error\n\nUse --debug flag to "
                + "render out invalid YAML\n");
    }

    @Test
    void valuesFilesMayBeUrls() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  g: {{ .Values.greeting }}\n");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            boolean found = ex.getRequestURI().getPath().equals("/v.yaml");
            byte[] body = (found ? "greeting: fetched\n" : "not found\n").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(found ? 200 : 404, body.length);
            try (var os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", c.toString(), "-f", base + "/v.yaml");
            assertThat(r.out()).endsWith("data:\n  g: fetched\n");
            r = CliBasicsTest.run(Map.of(), "template", c.toString(), "-f", base + "/gone.yaml");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("Error: failed to fetch " + base + "/gone.yaml : 404 Not Found\n");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void acceptsHelm4sInstallFlagsAndRendersTheSame() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
        String plain = CliBasicsTest.run(Map.of(), "template", "rel", c.toString()).out();
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", "rel", c.toString(), "--create-namespace",
                "--wait", "--wait=legacy", "--wait-for-jobs", "--timeout", "10m30s", "--rollback-on-failure", "--atomic",
                "--server-side=false", "--force-replace", "--replace", "--description", "d", "-l", "a=b,c=d",
                "--labels", "e=f", "--skip-crds", "--hide-notes", "--take-ownership", "--disable-openapi-validation",
                "--dependency-update", "--devel", "--version", "1.2.3",
                "--username", "u", "--password", "p", "--insecure-skip-tls-verify", "--plain-http",
                "--pass-credentials", "--ca-file", "ca", "--cert-file", "c", "--key-file", "k", "--keyring", "kr");
        // pflag's notices for the deprecated flags, as Helm 4 prints them
        assertThat(r.err()).isEqualTo("Flag --atomic has been deprecated, use --rollback-on-failure instead\n"
                + "Flag --hide-notes has been deprecated, this flag has no effect for 'helm template' and will be "
                + "removed in Helm 5\n");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(plain).contains("name: rel");
    }

    /** pflag: a flag whose value may be left out takes one only after '=': the next word is an argument. */
    @Test
    void optionalValuesAreTakenOnlyAfterAnEqualsSign() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
        String plain = CliBasicsTest.run(Map.of(), "template", "rel", c.toString()).out();
        assertThat(CliBasicsTest.run(Map.of(), "template", "rel", "--dry-run", c.toString(), "--wait").out())
                .isEqualTo(plain);
        // --dry-run=server reads the cluster: none here, so Helm's reachability error
        CliBasicsTest.Result server = CliBasicsTest.run(Map.of(), "template", "rel", "--wait", c.toString(),
                "--dry-run=server");
        assertThat(server.code()).isEqualTo(1);
        assertThat(server.err()).startsWith("level=ERROR msg=\"cluster reachability check failed: ")
                .contains("\nError: cluster reachability check failed: ");
        CliBasicsTest.Result none = CliBasicsTest.run(Map.of(), "template", "rel", c.toString(), "--dry-run=none");
        assertThat(none.err()).isEqualTo("Error: invalid dry-run value (\"none\"). Must be \"server\" or \"client\"\n");
        CliBasicsTest.Result bool = CliBasicsTest.run(Map.of(), "template", "rel", c.toString(), "--dry-run=true");
        assertThat(bool.out()).isEqualTo(plain);
        assertThat(bool.err()).isEqualTo("level=WARN msg=\"boolean '--dry-run=true' flag is deprecated and must be "
                + "replaced with '--dry-run=client'\"\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", "rel", c.toString(), "--server-side", "false");
        assertThat(r.err()).isEqualTo("Error: expected at most two arguments, unexpected arguments: false\n");
    }

    @Test
    void installFlagValuesAreCheckedAsPflagDoes() throws IOException {
        Path c = chart("cm.yaml", "kind: ConfigMap\nmetadata:\n  name: x\n");
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--timeout", "5").err())
                .isEqualTo("Error: invalid argument \"5\" for \"--timeout\" flag: time: missing unit in duration \"5\"\n");
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--timeout", "5d").err())
                .isEqualTo("Error: invalid argument \"5d\" for \"--timeout\" flag: time: unknown unit \"d\" in duration \"5d\"\n");
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--timeout", "x").err())
                .isEqualTo("Error: invalid argument \"x\" for \"--timeout\" flag: time: invalid duration \"x\"\n");
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--timeout", "1.5h", "--timeout", "-0").code())
                .isZero();
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", c.toString(), "-l", "a=b,nolabel");
        assertThat(r.err()).isEqualTo("Error: invalid argument \"a=b,nolabel\" for \"-l, --labels\" flag: nolabel "
                + "must be formatted as key=value\n");
        assertThat(r.code()).isEqualTo(2);
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--force-replace", "--force-conflicts").err())
                .isEqualTo("Error: if any flags in the group [force-replace force-conflicts] are set none of the others "
                        + "can be; [force-conflicts force-replace] were all set\n");
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--wait=foo").err())
                .isEqualTo("Error: invalid argument \"foo\" for \"--wait\" flag: invalid wait input \"foo\". Valid inputs "
                        + "are watcher, hookOnly, and legacy\n");
        // as Helm 4.3.2 prints it: the deprecation notice, then cobra's flag-group error
        assertThat(CliBasicsTest.run(Map.of(), "template", c.toString(), "--validate", "--dry-run").err())
                .isEqualTo("Flag --validate has been deprecated, use '--dry-run=server' instead\n"
                        + "Error: if any flags in the group [validate dry-run] are set none of the others can be; "
                        + "[dry-run validate] were all set\n");
        r = CliBasicsTest.run(Map.of(), "template", c.toString(), "--verify");
        assertThat(r.err()).isEqualTo("Error: unpacked charts cannot be verified\n"); // Helm 4.3.2's words
        assertThat(r.code()).isEqualTo(1);
    }
}
