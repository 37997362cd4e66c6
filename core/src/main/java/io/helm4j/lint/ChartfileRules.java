package io.helm4j.lint;

import io.helm4j.gostd.Paths;
import io.helm4j.gostd.Strconv;
import io.helm4j.internal.semver.SemVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Helm's Chart.yaml rules ({@code rules.Chartfile}), as Helm 4 runs them. Helm 4 adds to Helm 3.21's:
 * a warning when Chart.yaml does not read strictly (repeated keys, unknown fields), the chart name
 * pattern, and a warning for a version that is not strict SemVer 2.
 */
final class ChartfileRules {
    private static final String FILE = "Chart.yaml";
    private static final Pattern VALID_NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    private static final String VALID_NAME_MESSAGE = "chart names must contain lowercase letters, numbers, and "
            + "dashes, and must start and end with a lowercase letter or number";

    private ChartfileRules() {
    }

    static void lint(Linter linter) {
        Path chartPath = linter.chartDir().resolve(FILE);
        linter.run(Severity.ERROR, FILE, Files.isDirectory(chartPath) ? "should be a file, not a directory" : null);
        ChartfileDocument cf;
        String text;
        try {
            text = read(chartPath);
            cf = ChartfileDocument.parse(text);
        } catch (RuntimeException e) {
            linter.run(Severity.ERROR, FILE, "unable to parse YAML\n\t" + e.getMessage());
            return;
        }
        String strict = ChartfileStrict.error(text, cf.raw());
        linter.run(Severity.WARNING, FILE, strict == null ? null
                : "failed to strictly parse chart metadata file\n\t" + strict);
        linter.run(Severity.ERROR, FILE, name(cf.name()));
        linter.run(Severity.ERROR, FILE, apiVersion(cf.apiVersion()));
        linter.run(Severity.ERROR, FILE, stringType(cf, "version"));
        linter.run(Severity.ERROR, FILE, version(cf.version()));
        linter.run(Severity.ERROR, FILE, stringType(cf, "appVersion"));
        linter.run(Severity.ERROR, FILE, maintainers(cf));
        linter.run(Severity.ERROR, FILE, sources(cf));
        linter.run(Severity.INFO, FILE, cf.icon().isEmpty() ? "icon is recommended" : null);
        linter.run(Severity.ERROR, FILE, !cf.icon().isEmpty() && !GoValidator.isRequestUrl(cf.icon())
                ? "invalid icon URL '" + cf.icon() + "'" : null);
        linter.run(Severity.ERROR, FILE, !cf.type().isEmpty() && !cf.apiVersion().equals("v2")
                ? "chart type is not valid in apiVersion '" + cf.apiVersion() + "'. It is valid in apiVersion 'v2'"
                : null);
        linter.run(Severity.ERROR, FILE, cf.dependencyCount() > 0 && !cf.apiVersion().equals("v2")
                ? "dependencies are not valid in the Chart file with apiVersion '" + cf.apiVersion()
                        + "'. They are valid in apiVersion 'v2'"
                : null);
        linter.run(Severity.WARNING, FILE, strictVersion(cf.version()));
    }

    /** Helm 4: a version Masterminds' {@code StrictNewVersion} refuses (a "v", fewer parts...) is a warning. */
    static String strictVersion(String v) {
        try {
            SemVersion.parseStrict(v);
            return null;
        } catch (RuntimeException e) {
            return "version '" + v + "' is not a valid SemVerV2";
        }
    }

    private static String read(Path chartPath) {
        try {
            return new String(Files.readAllBytes(chartPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = Files.isDirectory(chartPath) ? "read " + chartPath + ": is a directory"
                    : "open " + chartPath + ": no such file or directory";
            throw new IllegalStateException(why, e);
        }
    }

    static String name(String name) {
        if (name.isEmpty()) {
            return "name is required";
        }
        if (!Paths.base(name).equals(name)) {
            return "chart name \"" + name + "\" is invalid";
        }
        if (!VALID_NAME.matcher(name).matches()) {
            return "chart name " + Strconv.quote(name) + " is invalid; " + VALID_NAME_MESSAGE;
        }
        return null;
    }

    static String apiVersion(String v) {
        if (v.isEmpty()) {
            return "apiVersion is required. The value must be either \"v1\" or \"v2\"";
        }
        if (!v.equals("v1") && !v.equals("v2")) {
            return "apiVersion '" + v + "' is not valid. The value must be either \"v1\" or \"v2\"";
        }
        return null;
    }

    private static final SemVersion LOWEST = SemVersion.parse("0.0.0-0");

    static String version(String v) {
        if (v.isEmpty()) {
            return "version is required";
        }
        SemVersion parsed;
        try {
            parsed = SemVersion.parse(v);
        } catch (RuntimeException e) {
            return "version '" + v + "' is not a valid SemVer";
        }
        // Helm checks the version against ">0.0.0-0": only 0.0.0-0 itself fails it.
        if (parsed.compareTo(LOWEST) <= 0) {
            return "version " + Strconv.quote(v) + " is less than or equal to \"0.0.0-0\"";
        }
        return null;
    }

    private static String stringType(ChartfileDocument cf, String key) {
        if (!cf.raw().containsKey(key)) {
            return null;
        }
        String type = ChartfileDocument.goType(cf.raw().get(key));
        return type.equals("string") ? null : key + " should be of type string but it's of type " + type;
    }

    private static String maintainers(ChartfileDocument cf) {
        for (ChartfileDocument.Maintainer m : cf.maintainers()) {
            if (m == null) {
                return "a maintainer entry is empty";
            }
            if (m.name().isEmpty()) {
                return "each maintainer requires a name";
            } else if (!m.email().isEmpty() && !GoValidator.isEmail(m.email())) {
                return "invalid email '" + m.email() + "' for maintainer '" + m.name() + "'";
            } else if (!m.url().isEmpty() && !GoValidator.isUrl(m.url())) {
                return "invalid url '" + m.url() + "' for maintainer '" + m.name() + "'";
            }
        }
        return null;
    }

    private static String sources(ChartfileDocument cf) {
        for (String s : cf.sources()) {
            if (s.isEmpty() || !GoValidator.isRequestUrl(s)) {
                return "invalid source URL '" + s + "'";
            }
        }
        return null;
    }
}
