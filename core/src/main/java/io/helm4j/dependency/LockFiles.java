package io.helm4j.dependency;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.internal.content.Sha256;
import io.helm4j.Helm4jException;
import io.helm4j.chart.Dependency;
import io.helm4j.provenance.Provenance;
import io.helm4j.yaml.GoJsonValue;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.lock as Helm writes it: its digest ({@code resolver.HashReq}: the SHA-256 of Go's JSON of
 * {@code [requested, locked]}), and the file (sigs.k8s.io/yaml of {@code chart.Lock}: {@code dependencies},
 * {@code digest}, {@code generated} as Go's RFC 3339 with nanoseconds).
 */
public final class LockFiles {

    private LockFiles() {
    }

    /** Helm's {@code HashReq(req, lock)}: {@code sha256:HEX}. */
    public static String digest(List<Dependency> requested, List<Dependency> locked) {
        List<Object> pair = new ArrayList<>();
        pair.add(json(requested));
        pair.add(json(locked));
        return "sha256:" + Sha256.hex(GoYaml.toJson(pair).getBytes(StandardCharsets.UTF_8));
    }

    /** Helm's {@code HashV2Req}: the digest Helm 2 wrote into requirements.lock. */
    public static String digestV2(List<Dependency> requested) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dependencies", json(requested));
        return "sha256:" + Sha256.hex(GoYaml.toJson(m).getBytes(StandardCharsets.UTF_8));
    }

    private static Object json(List<Dependency> deps) {
        if (deps == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d == null) {
                out.add(null);
                continue;
            }
            GoJsonValue.Struct s = new GoJsonValue.Struct().field("name", nz(d.name()));
            s.omitEmpty("version", d.version());
            s.field("repository", nz(d.repository()));
            s.omitEmpty("condition", d.condition());
            if (d.tags() != null && !d.tags().isEmpty()) {
                s.field("tags", d.tags());
            }
            if (Boolean.TRUE.equals(d.enabled())) {
                s.field("enabled", true);
            }
            if (d.importValues() != null && !d.importValues().isEmpty()) {
                s.field("import-values", d.importValues());
            }
            s.omitEmpty("alias", d.alias());
            out.add(s);
        }
        return out;
    }

    /** The lock file's text. */
    public static String text(List<Dependency> locked, String digest, ZonedDateTime generated) {
        Map<String, Object> lock = new LinkedHashMap<>();
        List<Object> deps = new ArrayList<>();
        for (Dependency d : locked) {
            if (d == null) {
                deps.add(null);
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", nz(d.name()));
            m.put("repository", nz(d.repository()));
            if (d.version() != null && !d.version().isEmpty()) {
                m.put("version", d.version());
            }
            deps.add(m);
        }
        lock.put("dependencies", deps);
        lock.put("digest", digest);
        lock.put("generated", goTime(generated));
        return GoYaml.toYaml(lock);
    }

    /** Writes {@code Chart.lock} (or {@code requirements.lock}); a lock file that is a symlink is refused. */
    public static void write(Path chartDir, boolean legacy, String text) {
        String name = legacy ? "requirements.lock" : "Chart.lock";
        Path dest = chartDir.resolve(name);
        try {
            if (Files.isSymbolicLink(dest)) {
                throw new Helm4jException("the " + name + " file is a symlink to \"" + Files.readSymbolicLink(dest)
                        + "\"");
            }
            AtomicFiles.write(dest, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Helm4jException("error writing " + dest + ": " + e.getMessage(), e);
        }
    }

    /** Go's {@code time.Time} JSON form: RFC 3339 with the nanoseconds' trailing zeros trimmed. */
    static String goTime(ZonedDateTime t) {
        // by hand: String.format and DateTimeFormatter set up locale data and a pattern parser, a few ms of a
        // cold dependency update (bench/README.md)
        StringBuilder b = new StringBuilder(40);
        pad(b, t.getYear(), 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2);
        if (t.getNano() != 0) {
            StringBuilder nanos = pad(new StringBuilder(9), t.getNano(), 9);
            int end = nanos.length();
            while (nanos.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(nanos, 0, end);
        }
        String offset = t.getOffset().getId();
        b.append(offset.equals("Z") ? "Z" : offset);
        return b.toString();
    }

    private static StringBuilder pad(StringBuilder b, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
