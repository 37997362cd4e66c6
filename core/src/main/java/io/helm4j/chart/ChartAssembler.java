package io.helm4j.chart;

import io.helm4j.events.Event;
import io.helm4j.gostd.Paths;
import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm's {@code LoadFiles}: sorts a chart's files into Chart.yaml, Chart.lock, values, schema,
 * templates, other files and subcharts (directories and {@code .tgz} archives under {@code charts/},
 * loaded recursively), reads requirements.yaml/.lock of apiVersion v1 charts, and validates the
 * metadata. Error messages are Helm's.
 */
final class ChartAssembler {
    private final LoadOptions options;

    ChartAssembler(LoadOptions options) {
        this.options = options;
    }

    /** The parts of one chart while its files are sorted. */
    private static final class Parts {
        MetadataBuilder md;
        byte[] lock;
        Map<String, Object> values;
        byte[] schema;
        final List<ChartFile> templates = new ArrayList<>();
        final List<ChartFile> files = new ArrayList<>();
        final Map<String, List<ChartFile>> subcharts = new TreeMap<>();

        MetadataBuilder metadata() {
            if (md == null) {
                md = new MetadataBuilder();
            }
            return md;
        }

        boolean isV1() {
            return md.apiVersion.equals(Metadata.API_VERSION_V1);
        }
    }

    Chart assemble(List<ChartFile> input) {
        Parts p = new Parts();
        for (ChartFile f : input) {
            if (f.name().equals("Chart.yaml")) {
                decode(p.metadata(), f, "Chart.yaml");
                if (p.md.apiVersion.isEmpty()) {
                    p.md.apiVersion = Metadata.API_VERSION_V1;
                }
            }
        }
        for (ChartFile f : input) {
            sort(p, f);
        }
        if (p.md == null) {
            throw new ChartException("Chart.yaml file is missing", "Chart.yaml", 0, null);
        }
        Metadata metadata = MetadataValidator.validate(p.md);
        List<Chart> deps = new ArrayList<>();
        for (Map.Entry<String, List<ChartFile>> e : p.subcharts.entrySet()) {
            Chart sc = subchart(metadata.name(), e.getKey(), e.getValue());
            if (sc != null) {
                deps.add(sc);
            }
        }
        Map<String, Object> vals = p.values == null ? new LinkedHashMap<>() : p.values;
        return new Chart(metadata, p.lock, List.copyOf(p.templates), Collections.unmodifiableMap(vals), p.schema,
                List.copyOf(p.files), List.copyOf(deps), List.copyOf(input));
    }

    /** Puts one file where Helm's LoadFiles puts it. */
    private void sort(Parts p, ChartFile f) {
        String name = f.name();
        switch (name) {
            case "Chart.yaml" -> {
            }
            case "Chart.lock" -> p.lock = checkedLock(f);
            case "values.yaml" -> p.values = values(f);
            case "values.schema.json" -> p.schema = f.data();
            case "requirements.yaml" -> requirements(p, f);
            case "requirements.lock" -> requirementsLock(p, f);
            default -> {
                if (name.startsWith("templates/")) {
                    p.templates.add(f);
                } else if (name.startsWith("charts/") && !Paths.ext(name).equals(".prov")) {
                    String rest = name.substring("charts/".length());
                    String sub = rest.split("/", 2)[0];
                    p.subcharts.computeIfAbsent(sub, k -> new ArrayList<>()).add(new ChartFile(rest, f.data()));
                } else {
                    p.files.add(f);
                }
            }
        }
    }

    private void requirements(Parts p, ChartFile f) {
        if (!p.metadata().apiVersion.equals(Metadata.API_VERSION_V1)) {
            warn("Dependencies are handled in Chart.yaml since apiVersion \"v2\". "
                    + "We recommend migrating dependencies to Chart.yaml.");
        }
        decode(p.md, f, "requirements.yaml");
        if (p.isV1()) {
            p.files.add(f);
        }
    }

    private void requirementsLock(Parts p, ChartFile f) {
        p.lock = checkedLock(f);
        if (!p.metadata().apiVersion.equals(Metadata.API_VERSION_V1)) {
            warn("Dependency locking is handled in Chart.lock since apiVersion \"v2\". "
                    + "We recommend migrating to Chart.lock.");
        }
        if (p.isV1()) {
            p.files.add(f);
        }
    }

    private Chart subchart(String parent, String n, List<ChartFile> files) {
        if (n.startsWith("_") || n.startsWith(".")) {
            return null;
        }
        boolean archive = Paths.ext(n).equals(".tgz");
        if (archive && !files.get(0).name().equals(n)) {
            throw new ChartException("error unpacking subchart tar in " + parent + ": expected " + n + ", got "
                    + files.get(0).name(), "charts/" + n, 0, null);
        }
        try {
            if (archive) {
                ChartFile file = files.get(0);
                List<ChartFile> inner = new ArchiveReader(options, "charts/" + n)
                        .read(new ByteArrayInputStream(file.data()));
                return assemble(inner);
            }
            List<ChartFile> buff = new ArrayList<>();
            for (ChartFile f : files) {
                String[] parts = f.name().split("/", 2);
                if (parts.length == 2) {
                    buff.add(new ChartFile(parts[1], f.data()));
                }
            }
            return assemble(buff);
        } catch (ChartException e) {
            String file = e.file() == null || e.file().startsWith("charts/" + n) ? e.file()
                    : "charts/" + n + "/" + e.file();
            throw new ChartException("error unpacking subchart " + n + " in " + parent + ": " + e.getMessage(), file,
                    e.line(), e);
        }
    }

    private void decode(MetadataBuilder md, ChartFile f, String label) {
        Object doc;
        try {
            doc = GoYaml.load(f.text());
        } catch (RuntimeException e) {
            throw new ChartException("cannot load " + label + ": " + e.getMessage(), label, 0, e);
        }
        String error = MetadataDecoder.decodeInto(md, doc);
        if (error != null) {
            throw new ChartException("cannot load " + label + ": error unmarshaling JSON: while decoding JSON: " + error,
                    label, 0, null);
        }
    }

    private static byte[] checkedLock(ChartFile f) {
        ChartLock.parse(f.data(), f.name());
        return f.data();
    }

    /**
     * Helm 4's {@code LoadValues}: every YAML document of values.yaml, merged in order (maps
     * recursively, anything else replaced). Helm 3 read only the first document. Error messages
     * keep Helm 3.21's wording (without Helm 4's "cannot unmarshal yaml document: "), which the
     * reference Helm and lint output use.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> values(ChartFile f) {
        List<Object> docs;
        try {
            String text = GoYaml.text(f.data());
            // LoadValues appends a line break to a file that lacks one (helm/helm#32506)
            docs = GoYaml.loadAll(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
        } catch (RuntimeException e) {
            throw new ChartException("cannot load values.yaml: " + e.getMessage(),
                    "values.yaml", 0, e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object doc : docs) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> m)) {
                String kind = doc instanceof List<?> ? "array" : doc instanceof Boolean ? "bool"
                        : doc instanceof Number ? "number" : "string";
                throw new ChartException("cannot load values.yaml: error unmarshaling "
                        + "JSON: while decoding JSON: json: cannot unmarshal " + kind
                        + " into Go value of type map[string]interface {}", "values.yaml", 0, null);
            }
            values = docs.size() == 1 ? (Map<String, Object>) m : merge(values, (Map<String, Object>) m);
        }
        return values;
    }

    /** Helm 4's {@code MergeMaps}: b over a, nested maps merged. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> bv && out.get(e.getKey()) instanceof Map<?, ?> av) {
                out.put(e.getKey(), merge((Map<String, Object>) av, (Map<String, Object>) bv));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private void warn(String message) {
        options.events().emit(new Event.Warning(message));
    }
}
