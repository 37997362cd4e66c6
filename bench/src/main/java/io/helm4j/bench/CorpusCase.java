package io.helm4j.bench;

import io.helm4j.action.TemplateOptions;
import io.helm4j.values.ValueOptions;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One case of ../shared/corpus as template options: chart, release, namespace, values files, --set, kube version. */
record CorpusCase(String name, TemplateOptions options) {

    static Path corpusRoot() {
        String shared = System.getProperty("helm4j.shared", System.getenv().getOrDefault("HELM4J_SHARED", "../shared"));
        return Path.of(shared, "corpus").toAbsolutePath().normalize();
    }

    @SuppressWarnings("unchecked")
    static CorpusCase read(Path json) {
        try {
            Path root = json.getParent().getParent();
            Map<String, Object> c = (Map<String, Object>) GoYaml.load(Files.readString(json));
            List<String> files = new ArrayList<>();
            for (Object f : (List<Object>) c.getOrDefault("valuesFiles", List.of())) {
                files.add(root.resolve((String) f).toString());
            }
            List<String> set = new ArrayList<>();
            for (Object s : (List<Object>) c.getOrDefault("set", List.of())) {
                set.add(String.valueOf(s));
            }
            TemplateOptions o = TemplateOptions.builder()
                    .releaseName((String) c.get("releaseName"))
                    .chart(root.resolve((String) c.get("chart")).toString())
                    .namespace((String) c.get("namespace"))
                    .values(new ValueOptions(files, set, null, null, null, null))
                    .kubeVersion((String) c.get("kubeVersion"))
                    .includeCrds(Boolean.TRUE.equals(c.get("includeCrds")))
                    .build();
            String name = json.getFileName().toString().replaceAll("\\.json$", "");
            return new CorpusCase(name, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusCase named(String caseName) {
        return read(corpusRoot().resolve("cases").resolve(caseName + ".json"));
    }

    /** Every case that is not expected to fail. */
    static List<CorpusCase> all() {
        try (Stream<Path> s = Files.list(corpusRoot().resolve("cases"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted()
                    .filter(p -> !readString(p).contains("\"expectError\": true"))
                    .map(CorpusCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
