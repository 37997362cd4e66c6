package io.helm4j.chart;

import io.helm4j.events.Event;
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

    Chart assemble(List<ChartFile> input) {
        MetadataBuilder md = null;
        for (ChartFile f : input) {
            if (f.name().equals("Chart.yaml")) {
                if (md == null) {
                    md = new MetadataBuilder();
                }
                decode(md, f, "Chart.yaml");
                if (md.apiVersion.isEmpty()) {
                    md.apiVersion = Metadata.API_VERSION_V1;
                }
            }
        }
        byte[] lock = null;
        Map<String, Object> values = null;
        byte[] schema = null;
        List<ChartFile> templates = new ArrayList<>();
        List<ChartFile> files = new ArrayList<>();
        Map<String, List<ChartFile>> subcharts = new TreeMap<>();
        for (ChartFile f : input) {
            String name = f.name();
            switch (name) {
                case "Chart.yaml" -> {
                }
                case "Chart.lock" -> lock = checkedLock(f);
                case "values.yaml" -> values = values(f);
                case "values.schema.json" -> schema = f.data();
                case "requirements.yaml" -> {
                    if (md == null) {
                        md = new MetadataBuilder();
                    }
                    if (!md.apiVersion.equals(Metadata.API_VERSION_V1)) {
                        warn("Dependencies are handled in Chart.yaml since apiVersion \"v2\". "
                                + "We recommend migrating dependencies to Chart.yaml.");
                    }
                    decode(md, f, "requirements.yaml");
                    if (md.apiVersion.equals(Metadata.API_VERSION_V1)) {
                        files.add(f);
                    }
                }
                case "requirements.lock" -> {
                    lock = checkedLock(f);
                    if (md == null) {
                        md = new MetadataBuilder();
                    }
                    if (!md.apiVersion.equals(Metadata.API_VERSION_V1)) {
                        warn("Dependency locking is handled in Chart.lock since apiVersion \"v2\". "
                                + "We recommend migrating to Chart.lock.");
                    }
                    if (md.apiVersion.equals(Metadata.API_VERSION_V1)) {
                        files.add(f);
                    }
                }
                default -> {
                    if (name.startsWith("templates/")) {
                        templates.add(f);
                    } else if (name.startsWith("charts/")) {
                        if (GoPaths.ext(name).equals(".prov")) {
                            files.add(f);
                        } else {
                            String rest = name.substring("charts/".length());
                            String sub = rest.split("/", 2)[0];
                            subcharts.computeIfAbsent(sub, k -> new ArrayList<>()).add(new ChartFile(rest, f.data()));
                        }
                    } else {
                        files.add(f);
                    }
                }
            }
        }
        if (md == null) {
            throw new ChartException("Chart.yaml file is missing", "Chart.yaml", 0, null);
        }
        Metadata metadata = MetadataValidator.validate(md);
        List<Chart> deps = new ArrayList<>();
        for (Map.Entry<String, List<ChartFile>> e : subcharts.entrySet()) {
            Chart sc = subchart(metadata.name(), e.getKey(), e.getValue());
            if (sc != null) {
                deps.add(sc);
            }
        }
        Map<String, Object> vals = values == null ? new LinkedHashMap<>() : values;
        return new Chart(metadata, lock, List.copyOf(templates), Collections.unmodifiableMap(vals), schema,
                List.copyOf(files), List.copyOf(deps), List.copyOf(input));
    }

    private Chart subchart(String parent, String n, List<ChartFile> files) {
        if (n.startsWith("_") || n.startsWith(".")) {
            return null;
        }
        boolean archive = GoPaths.ext(n).equals(".tgz");
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
     * recursively, anything else replaced). Helm 3 read only the first document.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> values(ChartFile f) {
        List<Object> docs;
        try {
            docs = GoYaml.loadAll(f.text());
        } catch (RuntimeException e) {
            throw new ChartException("cannot load values.yaml: cannot unmarshal yaml document: " + e.getMessage(),
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
                throw new ChartException("cannot load values.yaml: cannot unmarshal yaml document: error unmarshaling "
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
