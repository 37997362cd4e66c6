package io.helm4j.release;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CRD file from a chart's {@code crds/} directory, named by its path in the chart tree. */
public record Crd(String name, String filename, ChartFile file) {

    /** The CRDs of {@code chart} then of its (enabled) subcharts, depth-first, as Helm's {@code CRDObjects}. */
    public static List<Crd> of(Chart chart) {
        List<Crd> out = new ArrayList<>();
        collect(chart, chart.name(), out);
        return out;
    }

    private static void collect(Chart c, String fullPath, List<Crd> out) {
        if (c.files() != null) {
            List<ChartFile> files = new ArrayList<>(c.files());
            files.sort((a, b) -> walkOrder(a.name(), b.name()));
            for (ChartFile f : files) {
                if (f.name().startsWith("crds/") && hasManifestExtension(f.name())) {
                    out.add(new Crd(f.name(), fullPath + "/" + f.name(), f));
                }
            }
        }
        if (c.dependencies() != null) {
            for (Chart d : c.dependencies()) {
                collect(d, fullPath + "/charts/" + d.name(), out);
            }
        }
    }

    /** The order Go's {@code filepath.Walk} visits paths in: segment by segment, each lexically. */
    static int walkOrder(String a, String b) {
        String[] sa = a.split("/", -1);
        String[] sb = b.split("/", -1);
        for (int i = 0; i < Math.min(sa.length, sb.length); i++) {
            int c = sa[i].compareTo(sb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(sa.length, sb.length);
    }

    private static boolean hasManifestExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash) {
            return false;
        }
        String ext = name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.equals(".yaml") || ext.equals(".yml") || ext.equals(".json");
    }
}
