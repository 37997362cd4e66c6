package io.helm4j.chart;

import io.helm4j.gostd.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@code .helmignore} file, as Helm's {@code pkg/ignore}: one glob per line
 * ({@code #} comments, blank lines skipped), {@code !} negates, a trailing {@code /} matches only
 * directories, a leading {@code /} anchors at the chart root, a pattern without {@code /} matches
 * the base name only, {@code **} is refused. Rules are evaluated in order and the first match wins.
 */
public final class HelmIgnore {
    /** The file name Helm reads. */
    public static final String FILE_NAME = ".helmignore";

    private final List<Rule> rules;

    private HelmIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No rules. */
    public static HelmIgnore empty() {
        return new HelmIgnore(List.of());
    }

    /** Parses the text of a .helmignore file. Throws {@link ChartException} with Helm's message on a bad rule. */
    public static HelmIgnore parse(String text) {
        List<Rule> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Rule r = Rule.parse(line);
            if (r != null) {
                out.add(r);
            }
        }
        return new HelmIgnore(out);
    }

    /** These rules plus Helm's default: every dotfile directly under {@code templates/}. */
    public HelmIgnore withDefaults() {
        List<Rule> out = new ArrayList<>(rules);
        out.add(Rule.parse("templates/.?*"));
        return new HelmIgnore(out);
    }

    /** Number of rules. */
    public int size() {
        return rules.size();
    }

    /**
     * Whether {@code path} (relative to the chart, with {@code /}) is ignored. Helm's odd negation
     * semantics are kept: a negated rule that does not match ignores the path.
     */
    public boolean ignores(String path, boolean directory) {
        if (path.isEmpty() || path.equals(".") || path.equals("./")) {
            return false;
        }
        for (Rule r : rules) {
            if (r.negate) {
                if (r.mustDir && !directory) {
                    return true;
                }
                if (!r.matches(path)) {
                    return true;
                }
                continue;
            }
            if (r.mustDir && !directory) {
                continue;
            }
            if (r.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private record Rule(GoGlob glob, boolean negate, boolean mustDir, boolean baseNameOnly) {
        static Rule parse(String line) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                return null;
            }
            if (rule.contains("**")) {
                throw new ChartException("double-star (**) syntax is not supported", FILE_NAME, 0, null);
            }
            try {
                GoGlob.compile(rule);
            } catch (IllegalArgumentException e) {
                throw new ChartException(e.getMessage(), FILE_NAME, 0, null);
            }
            boolean negate = rule.startsWith("!");
            if (negate) {
                rule = rule.substring(1);
            }
            boolean mustDir = rule.endsWith("/");
            if (mustDir) {
                rule = rule.substring(0, rule.length() - 1);
            }
            boolean baseOnly = !rule.contains("/");
            if (rule.startsWith("/")) {
                rule = rule.substring(1);
            }
            try {
                return new Rule(GoGlob.compile(rule), negate, mustDir, baseOnly);
            } catch (IllegalArgumentException e) {
                throw new ChartException(e.getMessage(), FILE_NAME, 0, null);
            }
        }

        boolean matches(String path) {
            return glob.matches(baseNameOnly ? baseName(path) : path);
        }
    }

    /** Go's {@code filepath.Base}. */
    static String baseName(String path) {
        return Paths.base(path);
    }
}
