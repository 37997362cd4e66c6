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
     * Helm 4's {@code LoadValues}: the file split into documents as apimachinery's YAMLReader splits a stream
     * ({@link #yamlDocuments}), each read on its own (so an error's line counts from its document's first line) and
     * merged in order (maps recursively, anything else replaced), with Helm 4.3.2's wording: {@code cannot load
     * values.yaml: cannot unmarshal yaml document: ...} (Helm 3 read only the first document, without that phrase).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> values(ChartFile f) {
        List<String> docs;
        String text;
        try {
            text = GoYaml.text(f.data());
        } catch (RuntimeException e) {
            // Helm splits the bytes and go-yaml refuses them when it reads the document (Helm 4.3.2's show chart)
            throw new ChartException("cannot load values.yaml: cannot unmarshal yaml document: " + e.getMessage(),
                    "values.yaml", 0, e);
        }
        try {
            // LoadValues appends a line break to a file that lacks one (helm/helm#32506)
            docs = yamlDocuments(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
        } catch (RuntimeException e) {
            throw new ChartException("cannot load values.yaml: " + e.getMessage(), "values.yaml", 0, e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String raw : docs) {
            Object doc;
            try {
                doc = GoYaml.load(raw); // yaml.Unmarshal: the first document only (`a: 1\n...\nb: 2` is {a: 1})
            } catch (RuntimeException e) {
                throw new ChartException("cannot load values.yaml: cannot unmarshal yaml document: " + e.getMessage(),
                        "values.yaml", 0, e);
            }
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

    /**
     * apimachinery's YAMLReader: a line starting with {@code ---} ends a document when one has begun (the line is
     * dropped; a leading one stays with the document it opens), and may be followed by blanks and a comment only
     * ({@code error reading yaml document: invalid Yaml document separator: REST}).
     */
    static List<String> yamlDocuments(String text) {
        List<String> docs = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int pos = 0;
        while (true) {
            int nl = text.indexOf('\n', pos);
            boolean eof = nl < 0;
            String line = eof ? text.substring(pos) : text.substring(pos, nl + 1);
            pos = eof ? text.length() : nl + 1;
            if (line.startsWith("---")) {
                String rest = line.substring(3).strip();
                if (!rest.isEmpty() && rest.charAt(0) != '#') {
                    throw new io.helm4j.yaml.YamlException(
                            "error reading yaml document: invalid Yaml document separator: " + rest, -1);
                }
                if (!buffer.isEmpty()) {
                    docs.add(buffer.toString());
                    buffer.setLength(0);
                    continue;
                }
                if (eof) {
                    return docs;
                }
            }
            if (eof) {
                if (!buffer.isEmpty()) {
                    docs.add(buffer.toString());
                }
                return docs;
            }
            buffer.append(line);
        }
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
