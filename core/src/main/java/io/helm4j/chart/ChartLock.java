package io.helm4j.chart;

import io.helm4j.chart.MetadataBuilder.DependencyBuilder;
import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart.lock (or requirements.lock), as Helm's {@code chart.Lock}: when it was generated, the digest
 * of the declared dependencies, and the dependencies with their resolved versions. The timestamp is
 * kept as written.
 */
public record ChartLock(String generated, String digest, List<Dependency> dependencies) {

    /** Parses lock file bytes; throws {@link ChartException} ("cannot load Chart.lock: ...") when malformed. */
    @SuppressWarnings("unchecked")
    public static ChartLock parse(byte[] data, String fileName) {
        Object doc;
        try {
            doc = GoYaml.load(new String(data, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new ChartException("cannot load " + fileName + ": " + e.getMessage(), fileName, 0, e);
        }
        Object[] r = MetadataDecoder.decodeLock(doc);
        if (r[3] != null) {
            throw new ChartException("cannot load " + fileName + ": error unmarshaling JSON: while decoding JSON: "
                    + r[3], fileName, 0, null);
        }
        List<Dependency> deps = new ArrayList<>();
        if (r[2] != null) {
            for (DependencyBuilder d : (List<DependencyBuilder>) r[2]) {
                if (d != null) {
                    deps.add(d.build());
                }
            }
        }
        return new ChartLock((String) r[0], (String) r[1], List.copyOf(deps));
    }

    /** The chart's parsed lock file, or null when it has none. */
    public static ChartLock of(Chart chart) {
        if (chart.lock() == null) {
            return null;
        }
        String name = chart.rawFile("Chart.lock") != null ? "Chart.lock" : "requirements.lock";
        return parse(chart.lock(), name);
    }
}
