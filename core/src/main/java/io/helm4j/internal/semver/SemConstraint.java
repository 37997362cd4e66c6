package io.helm4j.internal.semver;

import io.helm4j.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Masterminds/semver v3 constraint such as {@code >=1.19.0-0 <2}, {@code ^1.2 || ~3}, {@code !=1.4.0}.
 * A prerelease version satisfies an AND group only when some comparison of that group has a
 * prerelease (Masterminds v3's rule, so {@code >=1.19.0-0 <2} admits {@code 1.28.3-eks-1} and
 * {@code !=1.2.4} does not admit {@code 1.2.3-alpha}).
 */
public final class SemConstraint {
    /** Go RE2's {@code \s}: no vertical tab. */
    private static final String WS = "[\\t\\n\\f\\r ]";
    private static final String CV = "v?([0-9|x|X|*]+)(\\.[0-9|x|X|*]+)?(\\.[0-9|x|X|*]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
    /** Alternation order matters (leftmost-first, as in Go). */
    private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
    private static final Pattern RANGE = Pattern.compile(
            WS + "*(" + CV + ")" + WS + "+-" + WS + "+(" + CV + ")" + WS + "*");
    private static final Pattern FIND = Pattern.compile("(" + OPS + ")" + WS + "*(" + CV + ")");
    private static final Pattern VALID = Pattern.compile("^(" + WS + "*(" + OPS + ")" + WS + "*(" + CV + ")" + WS
            + "*)((?:" + WS + "+|," + WS + "*)(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*)*$");

    private final String text;
    private final List<List<Comparison>> ors;

    private SemConstraint(String text, List<List<Comparison>> ors) {
        this.text = text;
        this.ors = ors;
    }

    /** Parsed constraints by text: templates check the same few constraints over and over. */
    private static final Map<String, SemConstraint> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 1024;

    /** Masterminds {@code NewConstraint}. Throws {@link SemverException} on bad syntax. */
    public static SemConstraint parse(String text) {
        SemConstraint cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        SemConstraint parsed = parseUncached(text);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, parsed);
        }
        return parsed;
    }

    private static SemConstraint parseUncached(String text) {
        // Masterminds semver v3.5.0's limits (MaxConstraintLen in bytes, MaxConstraintGroups)
        if (io.helm4j.gostd.GoStrings.len(text) > 512) {
            throw new SemverException("constraint string is too long (max 512 bytes)");
        }
        String c = rewriteRange(text);
        String[] segments = c.split("\\|\\|", -1);
        if (segments.length > 32) {
            throw new SemverException("too many constraint groups (max 32)");
        }
        List<List<Comparison>> ors = new ArrayList<>();
        for (String segment : segments) {
            if (!VALID.matcher(segment).matches()) {
                throw new SemverException("improper constraint: " + GoFmt.sprintf("%q", segment));
            }
            List<String> found = new ArrayList<>();
            Matcher m = FIND.matcher(segment);
            while (m.find()) {
                found.add(m.group());
            }
            if (found.isEmpty()) {
                found.add(segment);
            }
            List<Comparison> ands = new ArrayList<>();
            for (String s : found) {
                ands.add(Comparison.parse(s));
            }
            ors.add(List.copyOf(ands));
        }
        return new SemConstraint(text, List.copyOf(ors));
    }

    private static String rewriteRange(String in) {
        Matcher m = RANGE.matcher(in);
        String out = in;
        while (m.find()) {
            String replacement = ">= " + m.group(1) + ", <= " + m.group(11);
            int at = out.indexOf(m.group());
            out = out.substring(0, at) + replacement + out.substring(at + m.group().length());
        }
        return out;
    }

    /** Masterminds {@code Check}: true when any {@code ||} branch has all its comparisons satisfied. */
    public boolean check(SemVersion version) {
        for (List<Comparison> ands : ors) {
            boolean all = true;
            boolean includePre = hasPrerelease(ands);
            for (Comparison c : ands) {
                if (c.check(version, includePre) != null) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Masterminds {@code Validate}: the reasons a version fails (empty when it satisfies the
     * constraint), in Masterminds' wording, e.g. {@code "1.2.0 is less than 1.3"}.
     */
    public List<String> validate(SemVersion version) {
        List<String> reasons = new ArrayList<>();
        boolean prereleaseReported = false;
        for (List<Comparison> ands : ors) {
            boolean all = true;
            boolean includePre = hasPrerelease(ands);
            for (Comparison c : ands) {
                if (!includePre && !version.prerelease().isEmpty()) {
                    if (!prereleaseReported) {
                        reasons.add(version + Comparison.PRERELEASE_REASON);
                        prereleaseReported = true;
                    }
                    all = false;
                } else {
                    String why = c.check(version, includePre);
                    if (why != null) {
                        reasons.add(why);
                        all = false;
                    }
                }
            }
            if (all) {
                return List.of();
            }
        }
        return List.copyOf(reasons);
    }

    /** Masterminds v3.2+: a prerelease in any comparison of an AND group admits prereleases for the whole group. */
    private static boolean hasPrerelease(List<Comparison> ands) {
        for (Comparison c : ands) {
            if (!c.con().prerelease().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Masterminds {@code String}: comparisons joined by spaces, branches by {@code " || "}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (List<Comparison> ands : ors) {
            parts.add(String.join(" ", ands.stream().map(Comparison::toString).toList()));
        }
        return String.join(" || ", parts);
    }

    /** The constraint as written. */
    public String original() {
        return text;
    }
}
