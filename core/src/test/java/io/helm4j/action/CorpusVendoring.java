package io.helm4j.action;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a corpus chart's vendored subcharts when the stored copy lacks them. corpus-index.json
 * records each vendoring as {@code vendored NAME from OWNER:charts/CHART}; the corpus holds those
 * source charts too (as {@code charts/OWNER__CHART}), so the chart is copied to a scratch directory
 * with each missing subchart put back under {@code charts/NAME}, as the reference had it when it
 * rendered the expected output. Charts that lack nothing are used in place.
 */
final class CorpusVendoring {
    private static final Pattern VENDORED = Pattern.compile("vendored (\\S+) from ([^:]+):charts/(\\S+)");

    private CorpusVendoring() {
    }

    @SuppressWarnings("unchecked")
    static Path chartDir(Path corpus, Path chart, Path scratch) throws IOException {
        Map<String, Object> index = JsonMapper.builder().build()
                .readValue(corpus.resolve("corpus-index.json").toFile(), Map.class);
        Map<String, Object> charts = (Map<String, Object>) index.getOrDefault("charts", Map.of());
        Map<String, Object> entry = (Map<String, Object>) charts.get(chart.getFileName().toString());
        if (entry == null) {
            return chart;
        }
        List<String[]> missing = new ArrayList<>();
        for (Object v : (List<Object>) entry.getOrDefault("vendored", List.of())) {
            Matcher m = VENDORED.matcher(String.valueOf(v));
            if (m.matches() && !Files.exists(chart.resolve("charts").resolve(m.group(1)))) {
                Path source = corpus.resolve("charts").resolve(m.group(2) + "__" + m.group(3));
                if (Files.isDirectory(source)) {
                    missing.add(new String[] {m.group(1), source.toString()});
                }
            }
        }
        if (missing.isEmpty()) {
            return chart;
        }
        Path copy = scratch.resolve(chart.getFileName());
        copyTree(chart, copy);
        for (String[] m : missing) {
            copyTree(Path.of(m[1]), copy.resolve("charts").resolve(m[0]));
        }
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
