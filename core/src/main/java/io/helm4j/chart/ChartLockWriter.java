package io.helm4j.chart;

import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.lock as Helm writes it into an archive: the lock decoded into Helm's {@code chart.Lock}
 * ({@code generated}, {@code digest}, {@code dependencies}) and marshalled again with
 * sigs.k8s.io/yaml, so unknown fields are dropped and the time reads as Go's RFC 3339.
 */
final class ChartLockWriter {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private ChartLockWriter() {
    }

    static String remarshal(byte[] lock) {
        Object doc = GoYaml.load(new String(lock, StandardCharsets.UTF_8));
        Map<?, ?> in = doc instanceof Map<?, ?> m ? m : Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generated", goTime(in.get("generated")));
        out.put("digest", in.get("digest") == null ? "" : String.valueOf(in.get("digest")));
        List<Object> deps = new ArrayList<>();
        if (in.get("dependencies") instanceof List<?> list) {
            for (Object o : list) {
                deps.add(o instanceof Map<?, ?> d ? dependency(d) : null);
            }
            out.put("dependencies", deps);
        } else {
            out.put("dependencies", null);
        }
        return GoYaml.toYaml(out);
    }

    private static Map<String, Object> dependency(Map<?, ?> d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", str(d.get("name")));
        putIfPresent(m, "version", str(d.get("version")));
        m.put("repository", str(d.get("repository")));
        putIfPresent(m, "condition", str(d.get("condition")));
        if (d.get("tags") instanceof List<?> tags && !tags.isEmpty()) {
            m.put("tags", new ArrayList<Object>(tags));
        }
        if (Boolean.TRUE.equals(d.get("enabled"))) {
            m.put("enabled", true);
        }
        if (d.get("import-values") instanceof List<?> iv && !iv.isEmpty()) {
            m.put("import-values", new ArrayList<Object>(iv));
        }
        putIfPresent(m, "alias", str(d.get("alias")));
        return m;
    }

    /** Go's {@code time.Time} JSON form (RFC 3339 with trimmed nanoseconds); the zero time when absent. */
    static String goTime(Object value) {
        if (value == null) {
            return "0001-01-01T00:00:00Z";
        }
        String s = String.valueOf(value);
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            StringBuilder b = new StringBuilder(SECONDS.format(t));
            if (t.getNano() != 0) {
                String frac = String.format("%09d", t.getNano()).replaceAll("0+$", "");
                b.append('.').append(frac);
            }
            b.append(t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId());
            return b.toString();
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }
}
