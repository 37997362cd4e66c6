package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.release.Manifests;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --show-only}: keeps the documents whose template path (after the chart name) matches a pattern. */
final class ShowOnly {
    private static final Pattern SOURCE = Pattern.compile("# Source: [^/\\n]+/([^\\n]+)");

    private ShowOnly() {
    }

    static String filter(String manifests, List<String> patterns) {
        List<String> docs = Manifests.split(manifests);
        StringBuilder out = new StringBuilder();
        for (String raw : patterns) {
            String f = raw.replace('\\', '/');
            boolean missing = true;
            for (String doc : docs) {
                Matcher m = SOURCE.matcher(doc);
                if (!m.find()) {
                    continue;
                }
                if (!goPathMatch(f, m.group(1))) {
                    continue;
                }
                out.append("---\n").append(doc).append('\n');
                missing = false;
            }
            if (missing) {
                throw new Helm4jException("could not find template " + f + " in chart");
            }
        }
        return out.toString();
    }

    /** Go's {@code filepath.Match}; a malformed pattern matches nothing. */
    static boolean goPathMatch(String pattern, String name) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '\\' -> {
                    if (++i >= pattern.length()) {
                        return false;
                    }
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
                }
                case '[' -> {
                    int end = pattern.indexOf(']', i + 1);
                    if (end < 0) {
                        return false;
                    }
                    String body = pattern.substring(i + 1, end);
                    boolean neg = body.startsWith("^");
                    if (neg) {
                        body = body.substring(1);
                    }
                    if (body.isEmpty()) {
                        return false;
                    }
                    re.append(neg ? "[^/" : "[").append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        try {
            return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(name).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
