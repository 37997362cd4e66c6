package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format of a change set against its golden file: one change set with a modified, a removed, an
 * added object and a Secret (masked), shown with 2 lines of context and in full. {@code json} and
 * {@code template} are the helm-diff plugin's default template, byte for byte by construction; {@code structured}
 * is the plugin's structured JSON (checked against the plugin's own code in {@link HelmDiffStructuredGoldenTest};
 * this golden was compared with what helm-diff 3.15.11's {@code diff/structured.go} prints for the same masked
 * objects); the rest is helm4j's own layout. Regenerate with {@code -Dgolden.update=true} and review the diff like code.
 */
class ChangeSetFormatGoldenTest {
    private static final Path GOLDENS = Path.of("src/test/resources/io/helm4j/diff/golden");

    static final String OLD = """
            ---
            # Source: demo/templates/cm.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-cm
            data:
              a: "1"
              b: "2"
              c: "3"
              d: "4"
              e: "5"
              f: "6"
              g: "7"
            ---
            # Source: demo/templates/secret.yaml
            apiVersion: v1
            kind: Secret
            metadata:
              name: web-secret
            stringData:
              password: s3cret
              user: admin
            ---
            # Source: demo/templates/old.yaml
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web-old
            """;

    static final String NEW = """
            ---
            # Source: demo/templates/cm.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-cm
            data:
              a: "1"
              b: "2"
              c: "3"
              d: "four"
              e: "5"
              f: "6"
              g: "7"
            ---
            # Source: demo/templates/secret.yaml
            apiVersion: v1
            kind: Secret
            metadata:
              name: web-secret
            stringData:
              password: n3w
              user: admin
            ---
            # Source: demo/templates/deploy.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
            """;

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("diff", 2, false), Arguments.of("diff", -1, false), Arguments.of("simple", -1, false),
                Arguments.of("json", -1, false), Arguments.of("template", -1, false), Arguments.of("structured", -1, false),
                Arguments.of("diff", -1, true));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersAsItsGoldenFile(String format, int context, boolean suppressSecrets) throws IOException {
        ChangeSet set = ChangeSetEngine.manifests(OLD, NEW, "ns1",
                new DiffSettings(false, suppressSecrets ? Set.of("Secret") : Set.of(), false));
        String name = format + (context >= 0 ? "-context" + context : "") + (suppressSecrets ? "-suppress-secrets" : "")
                + ".txt";
        String actual = ChangeSetFormat.render(set, format, context);
        Path golden = GOLDENS.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * {@code --show-secrets-decoded}: the Secret's values decoded, shown as {@code stringData} as the plugin shows
     * them (checked by hand against what helm-diff 3.15.11's {@code decodeSecrets} prints for {@link #OLD} and
     * {@link #NEW}: the same {@code stringData} lines change), in the outputs that show values.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"diff", "structured"})
    void decodedSecretsRenderAsTheirGoldenFile(String format) throws IOException {
        ChangeSet set = ChangeSetEngine.manifests(OLD, NEW, "ns1",
                new DiffSettings(false, Set.of(), false, false, true));
        String actual = ChangeSetFormat.render(set, format, -1);
        Path golden = GOLDENS.resolve(format + "-show-secrets-decoded.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(actual).contains("s3cret").contains("n3w").doesNotContain("czNjcmV0");
    }

    /** The plugin's default template run through the Go template engine gives the built-in json output. */
    @org.junit.jupiter.api.Test
    void aUserTemplateRunsOnTheGoTemplateEngineAsTheDefaultOneWould() {
        ChangeSet set = ChangeSetEngine.manifests(OLD, NEW, "ns1", DiffSettings.defaults());
        String pluginDefault = """
                [
                {{- $global := . -}}
                {{- range $idx, $entry := . -}}
                {
                  "api": "{{ $entry.API }}",
                  "kind": "{{ $entry.Kind }}",
                  "namespace": "{{ $entry.Namespace }}",
                  "name": "{{ $entry.Name }}",
                  "change": "{{ $entry.Change }}"
                }{{ if not (last $idx  $global) }},{{ end }}
                {{- end }}]""";
        assertThat(ChangeSetFormat.template(set, "t.tpl", pluginDefault)).isEqualTo(ChangeSetFormat.render(set, "json", -1));
        assertThat(ChangeSetFormat.template(set, "t.tpl", "{{ range . }}{{ .Change }} {{ .Name }};{{ end }}"))
                .isEqualTo("MODIFY web-cm;MODIFY web-secret;REMOVE web-old;ADD web;\n");
    }
}
