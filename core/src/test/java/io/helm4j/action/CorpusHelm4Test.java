package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.values.ValueOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corpus cases rendered by helm4j and by the real Helm 4.3.2, compared whole, byte for byte: the blank lines
 * Helm 4 keeps after each document included, which {@link CorpusTest} cannot see in the stored files (Helm 3.21
 * printed them). Every eighth case by default, each one with {@code -Dhelm4j.corpus.helm4=all}. Skipped when the
 * corpus or Helm 4.3.2 ({@code $HELM4_BIN}, else {@code ~/.cache/helm4/v4.3.2/helm}; ../shared/oracle/README.md
 * says how to install it) is absent. Expected failures are left to {@link CorpusTest}.
 */
class CorpusHelm4Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Path helm4() {
        return Path.of(System.getenv().getOrDefault("HELM4_BIN",
                System.getProperty("user.home") + "/.cache/helm4/v4.3.2/helm"));
    }

    static Stream<String> cases() throws IOException {
        List<String> all = CorpusTest.cases().toList();
        if ("all".equals(System.getProperty("helm4j.corpus.helm4"))) {
            return all.stream();
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 8) {
            sample.add(all.get(i));
        }
        return sample.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void printsHelm4sBytes(String name) throws Exception {
        Path corpus = CorpusTest.corpus();
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("cases")),
                "skipped: the shared corpus (../shared/corpus) is absent");
        assumeTrue(Files.isExecutable(helm4()), "skipped: Helm 4.3.2 is not installed at " + helm4());
        Map<String, Object> c = JSON.readValue(corpus.resolve("cases/" + name + ".json").toFile(), Map.class);
        assumeTrue(!Boolean.TRUE.equals(c.get("expectError")), "an expected failure: CorpusTest checks it");
        List<String> files = ((List<String>) c.get("valuesFiles")).stream().map(f -> corpus.resolve(f).toString())
                .toList();
        List<String> sets = (List<String>) c.get("set");
        String kube = (String) c.get("kubeVersion");
        boolean crds = Boolean.TRUE.equals(c.get("includeCrds"));

        List<String> cmd = new ArrayList<>(List.of(helm4().toString(), "template", (String) c.get("releaseName"),
                corpus.resolve((String) c.get("chart")).toString(), "--namespace", (String) c.get("namespace")));
        files.forEach(f -> cmd.addAll(List.of("-f", f)));
        sets.forEach(s -> cmd.addAll(List.of("--set", s)));
        if (kube != null) {
            cmd.addAll(List.of("--kube-version", kube));
        }
        if (crds) {
            cmd.add("--include-crds");
        }
        Path out = Files.createTempFile("helm4-", ".yaml");
        try {
            Process p = new ProcessBuilder(cmd).directory(corpus.toFile()).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor()).as("Helm 4's exit code").isZero();
            String helm4 = Files.readString(out, StandardCharsets.UTF_8);

            TemplateOptions options = TemplateOptions.builder()
                    .releaseName((String) c.get("releaseName"))
                    .chart(corpus.resolve((String) c.get("chart")).toString())
                    .namespace((String) c.get("namespace"))
                    .values(new ValueOptions(files, sets, null, null, null, null))
                    .kubeVersion(kube)
                    .includeCrds(crds)
                    .build();
            Template action = new Template(ActionContext.builder()
                    .values(ValueSource.local(corpus, new ByteArrayInputStream(new byte[0]))).build());
            assertThat(action.run(options).output()).isEqualTo(helm4);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
