package io.helm4j.repo;

import io.helm4j.Helm4jException;
import io.helm4j.internal.semver.SemVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Helm's {@code cmd/helm/search} index: one line per chart version, {@code NAME\vREPO/NAME\vDESCRIPTION\vKEYWORDS},
 * searched literally (case-insensitive) or by regular expression; the score is the field the match starts
 * in, and hits scoring 25 or more are dropped. Results sort by score, then name, then newest version first.
 * A line keeps its text and where its version lies, not the version itself: an index read from its pre-digested
 * form decodes each chart once for the lines and drops it, and only the charts of the hits are decoded again (a
 * search through a 30 MB index then holds its lines, not 28,000 decoded versions).
 */
public final class ChartSearch {
    /** Helm's {@code searchMaxScore}. */
    public static final int MAX_SCORE = 25;
    private static final char SEP = '\u000b';

    private record Line(String name, String text, IndexFile index, String chartName, int at) {
        ChartVersion chart() {
            return index.entries().get(chartName).get(at);
        }
    }

    private final List<Line> lines = new ArrayList<>();

    /** Adds a repository's charts: every version when {@code all}, else only each chart's newest. */
    public ChartSearch add(String repoName, IndexFile index, boolean all) {
        for (Map.Entry<String, List<ChartVersion>> e : index.entries().entrySet()) {
            List<ChartVersion> versions = e.getValue();
            if (versions.isEmpty()) {
                continue;
            }
            String name = repoName + "/" + e.getKey();
            int n = all ? versions.size() : 1;
            for (int i = 0; i < n; i++) {
                lines.add(new Line(name, line(repoName, versions.get(i)), index, e.getKey(), i));
            }
        }
        return this;
    }

    private static String line(String repo, ChartVersion v) {
        var md = v.metadata();
        String keywords = md.keywords() == null ? "" : String.join(" ", md.keywords());
        return nz(md.name()) + SEP + repo + "/" + nz(md.name()) + SEP + nz(md.description()) + SEP + keywords;
    }

    /** Every chart, score 0. */
    public List<SearchResult> all() {
        List<SearchResult> out = new ArrayList<>();
        lines.forEach(l -> out.add(new SearchResult(l.name(), 0, l.chart())));
        return sorted(out);
    }

    /** The charts matching {@code term}, sorted. */
    public List<SearchResult> search(String term, boolean regexp) {
        List<SearchResult> out = new ArrayList<>();
        if (regexp) {
            Pattern p;
            try {
                p = Pattern.compile(term);
            } catch (PatternSyntaxException e) {
                throw new Helm4jException("error parsing regexp: " + e.getDescription() + ": `" + term + "`", e);
            }
            for (Line l : lines) {
                Matcher m = p.matcher(l.text());
                if (m.find()) {
                    keep(out, l, score(m.start(), l.text()));
                }
            }
        } else {
            String t = term.toLowerCase(Locale.ROOT);
            for (Line l : lines) {
                String lv = l.text().toLowerCase(Locale.ROOT);
                int at = lv.indexOf(t);
                if (at >= 0) {
                    keep(out, l, score(at, lv));
                }
            }
        }
        return sorted(out);
    }

    private static void keep(List<SearchResult> out, Line l, int score) {
        if (score < MAX_SCORE) {
            out.add(new SearchResult(l.name(), score, l.chart()));
        }
    }

    /** Helm's {@code calcScore}: how many separators come before the match. */
    private static int score(int index, String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == SEP) {
                if (index <= i) {
                    return n;
                }
                n++;
            }
        }
        return n;
    }

    private static List<SearchResult> sorted(List<SearchResult> results) {
        // deduplicate by name and version, as Helm's map-keyed index holds each once
        Map<String, SearchResult> unique = new LinkedHashMap<>();
        results.forEach(r -> unique.putIfAbsent(r.name() + "$$" + r.chart().version(), r));
        List<SearchResult> out = new ArrayList<>(unique.values());
        out.sort(ORDER);
        return out;
    }

    private static final Comparator<SearchResult> ORDER = (a, b) -> {
        if (a.score() != b.score()) {
            return Integer.compare(a.score(), b.score());
        }
        if (!a.name().equals(b.name())) {
            return a.name().compareTo(b.name());
        }
        SemVersion va = semver(a.chart().version());
        SemVersion vb = semver(b.chart().version());
        if (va == null || vb == null) {
            return 0;
        }
        return vb.compareTo(va);
    };

    private static SemVersion semver(String v) {
        try {
            return SemVersion.parse(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
