package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code get all --template} next to the real Helm 4, over a release the memory driver reads from
 * {@code HELM_MEMORY_DRIVER_DATA} (no cluster): Helm's {@code .Release} struct, its times, chart, hooks and values, as
 * text/template prints them.
 */
class GetAllTemplateDifferentialTest {
    private static final String RELEASES = """
            [{"name": "web", "namespace": "default", "version": 3, "apply_method": "ssa",
              "info": {"first_deployed": "2026-11-02T10:00:01.123456789Z", "last_deployed": "2026-12-07T23:10:00+01:00",
                       "description": "Upgrade complete", "status": "deployed", "notes": "hello\\nworld"},
              "chart": {"metadata": {"name": "demo", "version": "1.2.3", "appVersion": "4.5", "apiVersion": "v2",
                                     "annotations": {"a": "b"}},
                        "values": {"replicas": 1, "image": {"tag": "x"}}, "templates": [], "files": []},
              "config": {"replicas": 3, "list": [1, "two"]},
              "manifest": "---\\n# Source: demo/templates/cm.yaml\\napiVersion: v1\\nkind: ConfigMap\\n",
              "hooks": [{"name": "web-job", "kind": "Job", "path": "demo/templates/job.yaml", "manifest": "kind: Job",
                         "events": ["post-install", "post-upgrade"], "weight": 5,
                         "delete_policies": ["before-hook-creation"],
                         "last_run": {"started_at": "2026-12-07T22:10:01Z", "completed_at": "2026-12-07T22:10:05.5Z",
                                      "phase": "Succeeded"}},
                        {"name": "web-test", "kind": "Pod", "path": "demo/templates/test.yaml", "manifest": "kind: Pod",
                         "events": ["test"], "last_run": {"phase": ""}}]}]
            """;

    static Stream<String> templates() {
        return Stream.of(
                "{{.Release.Name}} {{.Release.Namespace}} {{.Release.Version}} {{.Release.Info.Status}} {{.Release.ApplyMethod}}",
                "{{.Release.Info.Description}}|{{.Release.Info.Notes}}|{{.Release.Info.RollbackRevision}}",
                "{{.Release.Info.FirstDeployed}}|{{.Release.Info.LastDeployed}}|{{.Release.Info.Deleted}}",
                "{{.Release.Info.FirstDeployed.Unix}} {{.Release.Info.LastDeployed.Format \"2006-01-02 15:04 MST\"}}",
                "{{.Release.Chart.Metadata.Name}}-{{.Release.Chart.Metadata.Version}} {{.Release.Chart.Name}} "
                        + "{{.Release.Chart.AppVersion}} {{.Release.Chart.Metadata.Annotations}}",
                "{{range .Release.Hooks}}{{.Name}} {{.Kind}} {{.Path}} {{.Events}} {{.Weight}} {{.DeletePolicies}} "
                        + "{{.LastRun.Phase}} {{.LastRun.StartedAt}} {{.LastRun.CompletedAt}};{{end}}",
                "{{.Release.Config}} {{.Release.Config.replicas}} {{index .Release.Config.list 1}} {{.Release.Chart.Values}}",
                "{{.Release.Manifest}}",
                "{{if eq .Release.Info.Status \"deployed\"}}up{{else}}down{{end}} {{len .Release.Hooks}}",
                "{{.Release.Info}}",
                "{{(index .Release.Hooks 0).LastRun}}",
                "{{.Release.Nope}}",
                "{{.Release.Name");
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("templates")
    void getAllTemplateIsHelms(String template) throws Exception {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed: differential test skipped");
        Path data = dir.resolve("releases.json");
        Files.writeString(data, RELEASES);
        // a kubeconfig neither program connects to (helm4j reads the default namespace from it)
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
                users: [{name: u, user: {token: t}}]
                contexts: [{name: x, context: {cluster: c, user: u}}]
                current-context: x
                """);
        Map<String, String> env = Map.of("HELM_DRIVER", "memory", "HELM_MEMORY_DRIVER_DATA", data.toString(),
                "TZ", "UTC", "KUBECONFIG", kubeconfig.toString());
        Helm4Cli.Cmd theirs = Helm4Cli.run(dir, env, List.of("get", "all", "web", "--template", template));
        CliBasicsTest.Result ours = CliBasicsTest.run(env, "get", "all", "web", "--template", template);
        assertThat(new Helm4Cli.Cmd(theirs.line(), ours.code(), ours.out(), ours.err()).toString())
                .isEqualTo(theirs.toString());
    }
}
