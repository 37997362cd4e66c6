package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.ChartLoader;
import io.helm4j.lint.ChartLinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helm's {@code chartutil.Expand} for lint: unpacks a chart archive into {@code dir/<chart name>}
 * without validating the chart (only Chart.yaml's name is read), so the rules can report on a broken
 * chart too. The archive is read by the chart package's reader ({@link ChartLoader#loadArchiveFiles},
 * Helm's {@code LoadArchiveFiles}): entries relative to its top directory, none escaping it.
 */
final class LintArchive {
    private LintArchive() {
    }

    /** Unpacks {@code archive} into {@code dir}; returns the chart directory. */
    static Path expand(Path archive, Path dir) {
        Map<String, byte[]> files = read(archive);
        byte[] chartYaml = files.get("Chart.yaml");
        String name = chartYaml == null ? "" : ChartLinter.chartName(chartYaml);
        if (name.isEmpty()) {
            throw new Helm4jException("chart name not specified");
        }
        Path root = dir.resolve(name).normalize();
        if (!root.startsWith(dir)) {
            throw new Helm4jException("chart name " + name + " escapes the directory");
        }
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = root.resolve(f.getKey()).normalize();
                if (target.startsWith(root) && !target.equals(root)) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, f.getValue());
                }
            }
        } catch (IOException e) {
            throw new Helm4jException("unable to extract tarball: " + e.getMessage(), e);
        }
        return root;
    }

    private static Map<String, byte[]> read(Path archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ChartFile f : ChartLoader.create().loadArchiveFiles(archive)) {
            files.put(f.name(), f.data());
        }
        return files;
    }
}
