package io.helm4j.chart;

import io.helm4j.gotemplate.GoFmt;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Helm's {@code chartutil.IsChartDir} and {@code LoadChartfile}: quick checks on a chart directory
 * and its Chart.yaml without loading the whole chart (as {@code helm package} and {@code helm lint}
 * do first).
 */
public final class ChartDirs {
    private ChartDirs() {
    }

    /**
     * Throws {@link ChartException} with Helm's message unless {@code dir} is a directory holding a
     * Chart.yaml that decodes and names the chart.
     */
    public static void requireChartDir(Path dir) {
        String q = GoFmt.sprintf("%q", dir.toString());
        if (!Files.exists(dir)) {
            throw new ChartException("stat " + dir + ": no such file or directory", dir.toString(), 0, null);
        }
        if (!Files.isDirectory(dir)) {
            throw new ChartException(q + " is not a directory", dir.toString(), 0, null);
        }
        Path chartYaml = dir.resolve("Chart.yaml");
        if (!Files.exists(chartYaml)) {
            throw new ChartException("no Chart.yaml exists in directory " + q, "Chart.yaml", 0, null);
        }
        String text;
        try {
            text = Files.readString(chartYaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ChartException("cannot read Chart.yaml in directory " + q, "Chart.yaml", 0, e);
        }
        Object doc = parse(text);
        if (doc == null) {
            throw new ChartException("chart metadata (Chart.yaml) missing", "Chart.yaml", 0, null);
        }
        MetadataBuilder md = decode(doc);
        if (md.name.isEmpty()) {
            throw new ChartException("invalid chart (Chart.yaml): name must not be empty", "Chart.yaml", 0, null);
        }
    }

    /** Helm's {@code LoadChartfile}: Chart.yaml decoded, neither defaulted nor validated. */
    public static Metadata readChartfile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ChartException(DirectoryReader.describe(e), file.toString(), 0, e);
        }
        return decode(parse(text)).build();
    }

    private static Object parse(String text) {
        try {
            return GoYaml.load(text);
        } catch (RuntimeException e) {
            throw new ChartException(e.getMessage(), "Chart.yaml", 0, e);
        }
    }

    private static MetadataBuilder decode(Object doc) {
        MetadataBuilder md = new MetadataBuilder();
        String error = MetadataDecoder.decodeInto(md, doc);
        if (error != null) {
            throw new ChartException("error unmarshaling JSON: while decoding JSON: " + error, "Chart.yaml", 0, null);
        }
        return md;
    }
}
