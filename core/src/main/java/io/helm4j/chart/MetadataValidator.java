package io.helm4j.chart;

import io.helm4j.chart.MetadataBuilder.DependencyBuilder;
import io.helm4j.gostd.Strconv;
import io.helm4j.gostd.Unicode;
import io.helm4j.chart.MetadataBuilder.MaintainerBuilder;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.internal.semver.SemverException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Helm's {@code Metadata.Validate}: cleans strings (whitespace becomes a space, unprintable
 * characters are dropped) and checks the required fields, the version, the type, maintainers and
 * dependency aliases. Messages are Helm's, prefixed {@code validation: }.
 */
final class MetadataValidator {
    private static final Pattern ALIAS = Pattern.compile("^[a-zA-Z0-9_-]+$");

    private MetadataValidator() {
    }

    /** Sanitizes {@code md} in place and validates it; throws {@link ChartException}. */
    static Metadata validate(MetadataBuilder md) {
        md.name = sanitize(md.name);
        md.description = sanitize(md.description);
        md.home = sanitize(md.home);
        md.icon = sanitize(md.icon);
        md.condition = sanitize(md.condition);
        md.tags = sanitize(md.tags);
        md.appVersion = sanitize(md.appVersion);
        md.kubeVersion = sanitize(md.kubeVersion);
        sanitizeAll(md.sources);
        sanitizeAll(md.keywords);

        if (md.apiVersion.isEmpty()) {
            throw invalid("chart.metadata.apiVersion is required");
        }
        if (md.name.isEmpty()) {
            throw invalid("chart.metadata.name is required");
        }
        if (!md.name.equals(HelmIgnore.baseName(md.name))) {
            throw invalid("chart.metadata.name " + quote(md.name) + " is invalid");
        }
        if (md.version.isEmpty()) {
            throw invalid("chart.metadata.version is required");
        }
        if (!isSemver(md.version)) {
            throw invalid("chart.metadata.version " + quote(md.version) + " is invalid");
        }
        if (!(md.type.isEmpty() || md.type.equals("application") || md.type.equals("library"))) {
            throw invalid("chart.metadata.type must be application or library");
        }
        if (md.maintainers != null) {
            for (MaintainerBuilder m : md.maintainers) {
                if (m == null) {
                    throw invalid("maintainers must not contain empty or null nodes");
                }
                m.name = sanitize(m.name);
                m.email = sanitize(m.email);
                m.url = sanitize(m.url);
            }
        }
        validateDependencies(md.dependencies);
        return md.build();
    }

    private static void validateDependencies(List<DependencyBuilder> deps) {
        if (deps == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (DependencyBuilder d : deps) {
            if (d == null) {
                throw invalid("dependencies must not contain empty or null nodes");
            }
            d.name = sanitize(d.name);
            d.version = sanitize(d.version);
            d.repository = sanitize(d.repository);
            d.condition = sanitize(d.condition);
            sanitizeAll(d.tags);
            if (!d.alias.isEmpty() && !ALIAS.matcher(d.alias).matches()) {
                throw invalid("dependency " + quote(d.name) + " has disallowed characters in the alias");
            }
            String key = d.alias.isEmpty() ? d.name : d.alias;
            if (!seen.add(key)) {
                throw invalid("more than one dependency with name or alias " + quote(key));
            }
        }
    }

    private static boolean isSemver(String v) {
        try {
            SemVersion.parse(v);
            return true;
        } catch (SemverException e) {
            return false;
        }
    }

    private static String quote(String s) {
        return Strconv.quote(s);
    }

    private static ChartException invalid(String message) {
        return new ChartException("validation: " + message, "Chart.yaml", 0, null);
    }

    private static void sanitizeAll(List<String> list) {
        if (list != null) {
            list.replaceAll(MetadataValidator::sanitize);
        }
    }

    /** Go's sanitizeString: unicode.IsSpace becomes ' ', non-printable runes are dropped. */
    static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isGoSpace(cp)) {
                out.append(' ');
            } else if (isGoPrint(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isGoSpace(int cp) {
        return Unicode.isSpace(cp);
    }

    private static boolean isGoPrint(int cp) {
        return Unicode.isPrint(cp);
    }
}
