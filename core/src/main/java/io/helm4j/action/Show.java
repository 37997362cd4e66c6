package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.MetadataObject;
import io.helm4j.internal.jsonpath.JsonPath;
import io.helm4j.internal.jsonpath.JsonPathException;
import io.helm4j.release.Crd;
import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code helm show}: a chart's Chart.yaml (as Helm re-marshals it), its raw values.yaml, its README
 * and its CRDs, or all of them separated by {@code ---}, exactly as Helm's {@code action.Show} prints.
 */
public final class Show {
    private static final List<String> README_NAMES = List.of("readme.md", "readme.txt", "readme");

    private final ChartLoader loader;

    /** Charts are loaded with the context's loader. */
    public Show(ActionContext context) {
        this.loader = context.charts();
    }

    /** Loads the chart; the result holds the text {@code helm show} prints. */
    public ShowResult run(ShowOptions options) {
        Chart chart = loader.load(locate(options.chart()));
        return new ShowResult(render(chart, options));
    }

    /**
     * Helm's {@code --jsonpath}: a template that does not parse is an error; one that fails on the values
     * prints nothing, as Helm ignores the printer's error.
     */
    static String jsonPath(String template, Object values) {
        JsonPath path;
        try {
            path = JsonPath.parse(template);
        } catch (JsonPathException e) {
            throw new Helm4jException("error parsing jsonpath " + template + ": " + e.getMessage(), e);
        }
        try {
            return path.execute(values);
        } catch (JsonPathException e) {
            return "";
        }
    }

    /** The text {@code helm show} prints for an already loaded chart. */
    static String render(Chart chart, ShowOptions options) {
        ShowFormat format = options.format();
        StringBuilder out = new StringBuilder();
        if (format.includes(ShowFormat.CHART)) {
            out.append(GoYaml.toYaml(MetadataObject.of(chart.metadata()).toJsonMap())).append('\n');
        }
        byte[] values = chart.rawFile("values.yaml");
        if (format.includes(ShowFormat.VALUES) && values != null) {
            if (format == ShowFormat.ALL) {
                out.append("---\n");
            }
            if (options.jsonPath() != null && !options.jsonPath().isEmpty()) {
                out.append(jsonPath(options.jsonPath(), chart.values()));
            } else {
                out.append(text(values)).append('\n');
            }
        }
        if (format.includes(ShowFormat.README)) {
            ChartFile readme = findReadme(chart.files());
            if (readme != null) {
                if (format == ShowFormat.ALL) {
                    out.append("---\n");
                }
                out.append(text(readme.data())).append('\n');
            }
        }
        if (format.includes(ShowFormat.CRDS)) {
            List<Crd> crds = Crd.of(chart);
            if (!crds.isEmpty()) {
                if (format == ShowFormat.ALL && !text(crds.get(0).file().data()).startsWith("---")) {
                    out.append("---\n");
                }
                for (Crd crd : crds) {
                    out.append(text(crd.file().data())).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Helm's {@code findReadme}: the first chart file named readme.md, readme.txt or readme, any case. */
    static ChartFile findReadme(List<ChartFile> files) {
        for (ChartFile f : files) {
            for (String n : README_NAMES) {
                if (f.name().equalsIgnoreCase(n)) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Helm's {@code LocateChart} for a local chart: an existing path, made absolute. Repository and
     * OCI references are not supported yet; the errors for them are Helm's.
     */
    static Path locate(String name) {
        String n = name.strip();
        try {
            Path p = Path.of(n);
            if (Files.exists(p)) {
                return p.toAbsolutePath();
            }
            if (p.isAbsolute() || n.startsWith(".")) {
                throw new Helm4jException("path \"" + n + "\" not found");
            }
        } catch (InvalidPathException e) {
            throw new Helm4jException("path \"" + n + "\" not found", e);
        }
        if (n.startsWith("oci://")) {
            throw new Helm4jException("OCI charts are not supported yet: " + n);
        }
        int slash = n.indexOf('/');
        if (slash < 0) {
            throw new Helm4jException("non-absolute URLs should be in form of repo_name/path_to_chart, got: " + n);
        }
        throw new Helm4jException("repo " + n.substring(0, slash) + " not found");
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
