package io.helm4j.action;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Dependency;
import io.helm4j.gotemplate.GoFmt;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code helm dependency list}: each dependency Chart.yaml declares, with its status as Helm's
 * {@code action.Dependency} computes it (an archive {@code charts/NAME-*.tgz} first, then the loaded
 * subcharts), and warnings for charts under {@code charts/} that Chart.yaml does not declare.
 */
public final class DependencyList {
    private final ChartLoader loader;

    /** Charts are loaded with the context's loader. */
    public DependencyList(ActionContext context) {
        this.loader = context.charts();
    }

    /** The options' chart path is used as given (Helm cleans it) in the paths the result names. */
    public DependencyListResult run(DependencyListOptions options) {
        Path chartPath = options.chart();
        Chart chart = loader.load(chartPath);
        List<Dependency> declared = chart.metadata().dependencies();
        if (declared == null || declared.isEmpty()) {
            return new DependencyListResult(chartPath.toString(), false, List.of(), List.of());
        }
        List<DependencyStatus> rows = new ArrayList<>();
        for (Dependency d : declared) {
            rows.add(new DependencyStatus(nz(d.name()), nz(d.version()), nz(d.repository()),
                    status(chartPath, d, chart)));
        }
        return new DependencyListResult(chartPath.toString(), true, rows, undeclared(chartPath, declared));
    }

    private String status(Path chartPath, Dependency dep, Chart parent) {
        List<Path> archives = entries(chartPath.resolve("charts"), dep.name() + "-", ".tgz");
        if (archives.size() > 1) {
            List<Path> found = new ArrayList<>();
            for (Path arc : archives) {
                String file = arc.getFileName().toString();
                String maybeVersion = file.substring(dep.name().length() + 1, file.length() - ".tgz".length());
                if (isStrictVersion(maybeVersion)) {
                    found.add(arc);
                }
            }
            if (found.size() == 1) {
                String r = archiveStatus(found.get(0), dep);
                if (r != null) {
                    return r;
                }
            } else if (found.size() > 1) {
                return "too many matches";
            }
        } else if (archives.size() == 1) {
            String r = archiveStatus(archives.get(0), dep);
            if (r != null) {
                return r;
            }
        }
        Chart depChart = null;
        for (Chart item : parent.dependencies()) {
            if (item.name().equals(dep.name())) {
                depChart = item;
            }
        }
        if (depChart == null) {
            return "missing";
        }
        String v = versionStatus(depChart.metadata().version(), dep.version());
        return v == null ? "unpacked" : v;
    }

    private String archiveStatus(Path archive, Dependency dep) {
        if (!Files.exists(archive)) {
            return null;
        }
        Chart c;
        try {
            c = loader.load(archive);
        } catch (RuntimeException e) {
            return "corrupt";
        }
        if (!c.name().equals(dep.name())) {
            return "misnamed";
        }
        String v = versionStatus(c.metadata().version(), dep.version());
        return v == null ? "ok" : v;
    }

    /** Null when {@code actual} meets the declared version (equal, or within the constraint). */
    private static String versionStatus(String actual, String declared) {
        String want = nz(declared);
        if (nz(actual).equals(want)) {
            return null;
        }
        SemConstraint constraint;
        SemVersion v;
        try {
            constraint = SemConstraint.parse(want);
            v = SemVersion.parse(nz(actual));
        } catch (RuntimeException e) {
            return "invalid version";
        }
        return constraint.check(v) ? null : "wrong version";
    }

    private List<String> undeclared(Path chartPath, List<Dependency> declared) {
        List<String> warnings = new ArrayList<>();
        for (Path f : entries(chartPath.resolve("charts"), "", "")) {
            if (!Files.isDirectory(f) && !f.getFileName().toString().endsWith(".tgz")) {
                continue;
            }
            String shown = GoFmt.sprintf("%q", f.normalize().toString());
            Chart c;
            try {
                c = loader.load(f);
            } catch (RuntimeException e) {
                warnings.add("WARNING: " + shown + " is not a chart.");
                continue;
            }
            boolean found = declared.stream().anyMatch(d -> c.name().equals(d.name()));
            if (!found) {
                warnings.add("WARNING: " + shown + " is not in Chart.yaml.");
            }
        }
        return warnings;
    }

    /** The entries of {@code dir} whose names start and end as given, sorted as Go's Glob sorts them. */
    private static List<Path> entries(Path dir, String prefix, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.length() >= prefix.length() + suffix.length() && n.startsWith(prefix) && n.endsWith(suffix);
            }).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isStrictVersion(String s) {
        try {
            SemVersion.parseStrict(s);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
