package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.postrender.PostRenderer;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helm 4's post-render step as {@code helm template} runs it: manifests and hooks through one stream. The blank
 * line after each document (but the last manifest) is Helm 4.3.2's, checked on this chart with real Helm; Helm's
 * kyaml also re-indents sequences ({@code - port: 80} two spaces in), which helm4j's text-level step does not.
 */
class PostRenderStepTest {
    @TempDir
    Path dir;

    private Path chart;

    @BeforeEach
    void chart() throws IOException {
        chart = dir.resolve("demo");
        Path t = chart.resolve("templates");
        Files.createDirectories(t);
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(t.resolve("_helpers.tpl"), "{{ define \"demo.x\" }}x{{ end }}\n");
        Files.writeString(t.resolve("NOTES.txt"), "thanks\n");
        Files.writeString(t.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"
                + "data:\n  k: v\n");
        Files.writeString(t.resolve("two.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n"
                + "  annotations:\n    a: b\nspec:\n  ports:\n    - port: 80\n---\n# a comment\n---\n"
                + "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: drop-me\n");
        Files.writeString(t.resolve("hook.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hook\n"
                + "  annotations:\n    \"helm.sh/hook\": pre-install\n");
    }

    private TemplateResult render(PostRenderer pr) {
        Template action = new Template(ActionContext.builder()
                .values(ValueSource.local(dir, new ByteArrayInputStream(new byte[0]))).build());
        return action.run(TemplateOptions.builder().releaseName("rel").chart(chart.toString()).postRenderer(pr).build());
    }

    @Test
    void thePostRendererSeesManifestsAndHooksEachAnnotatedWithItsFile() {
        AtomicReference<String> seen = new AtomicReference<>();
        render(in -> {
            seen.set(in);
            return in;
        });
        assertThat(seen.get()).isEqualTo("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: rel
                  annotations:
                    postrenderer.helm.sh/postrender-filename: demo/templates/cm.yaml
                data:
                  k: v
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: hook
                  annotations:
                    "helm.sh/hook": pre-install
                    postrenderer.helm.sh/postrender-filename: demo/templates/hook.yaml
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: svc
                  annotations:
                    a: b
                    postrenderer.helm.sh/postrender-filename: demo/templates/two.yaml
                spec:
                  ports:
                    - port: 80
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: drop-me
                  annotations:
                    postrenderer.helm.sh/postrender-filename: demo/templates/two.yaml
                """);
    }

    /** Helm reads the stream with kyaml, which skips documents that hold nothing but comments. */
    @Test
    void anIdentityPostRendererChangesNothingButDropsCommentOnlyDocuments() {
        String plain = render(null).output();
        assertThat(plain).contains("# a comment");
        assertThat(render(in -> in).output())
                .isEqualTo(plain.replace("---\n# Source: demo/templates/two.yaml\n# a comment\n", "")
                        // the Service is now the last manifest, whose trailing newline template trims
                        .replace("    - port: 80\n\n---", "    - port: 80\n---"));
        assertThat(render(in -> in).output()).doesNotContain("postrender-filename");
    }

    @Test
    void changesComeBackUnderTheirFilesAndHooksAreChangedToo() {
        TemplateResult r = render(in -> in.replace("metadata:\n", "metadata:\n  labels:\n    team: blue\n"));
        assertThat(r.output()).isEqualTo("""
                ---
                # Source: demo/templates/two.yaml
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  labels:
                    team: blue
                  name: drop-me

                ---
                # Source: demo/templates/cm.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  labels:
                    team: blue
                  name: rel
                data:
                  k: v

                ---
                # Source: demo/templates/two.yaml
                apiVersion: v1
                kind: Service
                metadata:
                  labels:
                    team: blue
                  name: svc
                  annotations:
                    a: b
                spec:
                  ports:
                    - port: 80
                ---
                # Source: demo/templates/hook.yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  labels:
                    team: blue
                  name: hook
                  annotations:
                    "helm.sh/hook": pre-install

                """);
        assertThat(r.hooks()).hasSize(1);
    }

    @Test
    void aDocumentThePostRendererAddsIsNamedForItsPlaceInTheStream() {
        TemplateResult r = render(in -> in + "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: extra\n");
        assertThat(r.output()).startsWith("""
                ---
                # Source: generated-by-postrender-4.yaml
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: extra

                ---
                # Source: demo/templates/two.yaml
                apiVersion: v1
                kind: ServiceAccount
                """);
    }

    @Test
    void aDocumentClaimingAFileJoinsIt() {
        TemplateResult r = render(in -> in + "---\nkind: Secret\nmetadata:\n  name: s\n  annotations:\n"
                + "    postrenderer.helm.sh/postrender-filename: demo/templates/cm.yaml\n");
        assertThat(r.manifests().stream().filter(m -> m.name().equals("demo/templates/cm.yaml"))
                .map(m -> m.head().kind())).containsExactlyInAnyOrder("ConfigMap", "Secret");
        assertThat(r.output()).contains("kind: Secret\nmetadata:\n  name: s\n\n---");
    }

    @Test
    void aDocumentThePostRendererDropsIsGone() {
        TemplateResult r = render(in -> Arrays.stream(in.split("---\n"))
                .filter(d -> !d.contains("drop-me")).collect(Collectors.joining("---\n")));
        assertThat(r.output()).doesNotContain("drop-me").contains("name: svc");
        List<String> kinds = new ArrayList<>();
        r.manifests().forEach(m -> kinds.add(m.head().kind()));
        assertThat(kinds).containsExactly("ConfigMap", "Service");
    }

    @Test
    void aFailingPostRendererFailsTheRenderWithHelmsWording() {
        assertThatThrownBy(() -> render(in -> {
            throw new IOException("boom");
        })).isInstanceOf(TemplateRenderException.class)
                .hasMessage("error while running post render on files: boom\n\nUse --debug flag to render out invalid YAML");
        assertThatThrownBy(() -> render(in -> "a: [\n"))
                .hasMessageStartingWith("error while parsing post rendered output: error parsing YAML: ");
    }

    @Test
    void flowStyleMetadataIsWrittenOutAgainRatherThanEditedBlindly() throws IOException {
        Files.writeString(chart.resolve("templates/cm.yaml"), "kind: ConfigMap\nmetadata: {name: flow}\n");
        AtomicReference<String> seen = new AtomicReference<>();
        TemplateResult r = render(in -> {
            seen.set(in);
            return in;
        });
        assertThat(seen.get()).startsWith("kind: ConfigMap\nmetadata:\n  annotations:\n"
                + "    postrenderer.helm.sh/postrender-filename: demo/templates/cm.yaml\n  name: flow\n---\n");
        assertThat(r.output()).contains("# Source: demo/templates/cm.yaml\nkind: ConfigMap\nmetadata:\n  name: flow\n");
    }
}
