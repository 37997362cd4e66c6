package io.helm4j.action;

import io.helm4j.postrender.PostRenderer;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds and removes Helm 4's {@value PostRenderer#FILENAME_ANNOTATION} annotation in one YAML document's text,
 * leaving every other line as written. Each edit is checked by parsing the result; a document whose layout
 * the line edit cannot handle (flow-style metadata, say) is written out again from its parsed value instead.
 * (Helm re-serializes every document through kyaml, so its spacing can differ from both.)
 */
final class FilenameAnnotation {
    private static final String KEY = PostRenderer.FILENAME_ANNOTATION;

    private FilenameAnnotation() {
    }

    /** {@code doc} (parsed as {@code value}) with the annotation set to {@code filename}. */
    static String add(String doc, Map<String, Object> value, String filename) {
        Map<String, Object> expected = withAnnotations(value, filename);
        String edited = insert(lines(doc), KEY + ": " + GoYaml.toYaml(filename).strip());
        return checked(edited, expected);
    }

    /** {@code doc} (parsed as {@code value}) without the annotation, and without an annotation map left empty. */
    static String remove(String doc, Map<String, Object> value) {
        Map<String, Object> expected = withAnnotations(value, null);
        if (expected.equals(value)) {
            return doc;
        }
        List<String> lines = lines(doc);
        int k = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).stripLeading();
            if (indent(lines.get(i)) > 0 && (t.startsWith(KEY + ":") || t.startsWith("'" + KEY + "':")
                    || t.startsWith("\"" + KEY + "\":"))) {
                k = i;
                break;
            }
        }
        if (k >= 0) {
            int ind = indent(lines.get(k));
            int end = k + 1;
            while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > ind)) {
                end++;
            }
            lines.subList(k, end).clear();
            String once = String.join("\n", lines);
            if (parsesTo(once, expected)) {
                return once + "\n";
            }
            for (int a = k - 1; a >= 0; a--) {
                if (isContent(lines.get(a)) && indent(lines.get(a)) < ind) {
                    if (lines.get(a).strip().equals("annotations:")) {
                        lines.remove(a);
                    }
                    break;
                }
            }
        }
        return checked(String.join("\n", lines), expected);
    }

    private static String insert(List<String> lines, String entry) {
        int m = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isKeyLine(lines.get(i), "metadata")) {
                m = i;
                break;
            }
        }
        if (m < 0) {
            return String.join("\n", lines) + "\nmetadata:\n  annotations:\n    " + entry;
        }
        int last = m;
        int ci = -1;
        for (int j = m + 1; j < lines.size(); j++) {
            if (!isContent(lines.get(j))) {
                continue;
            }
            if (indent(lines.get(j)) == 0) {
                break;
            }
            last = j;
            ci = ci < 0 ? indent(lines.get(j)) : ci;
        }
        if (ci < 0) {
            return null;
        }
        for (int a = m + 1; a <= last; a++) {
            if (indent(lines.get(a)) == ci && isKeyLine(lines.get(a).substring(ci), "annotations")) {
                int lastA = a;
                int ai = -1;
                for (int j = a + 1; j <= last; j++) {
                    if (!isContent(lines.get(j))) {
                        continue;
                    }
                    if (indent(lines.get(j)) <= ci) {
                        break;
                    }
                    lastA = j;
                    ai = ai < 0 ? indent(lines.get(j)) : ai;
                }
                if (ai < 0) {
                    return null;
                }
                lines.add(lastA + 1, " ".repeat(ai) + entry);
                return String.join("\n", lines);
            }
        }
        lines.add(last + 1, " ".repeat(ci) + "annotations:\n" + " ".repeat(2 * ci) + entry);
        return String.join("\n", lines);
    }

    /** The edited text when it parses to {@code expected}, else {@code expected} written out again. */
    private static String checked(String edited, Map<String, Object> expected) {
        if (edited != null && parsesTo(edited, expected)) {
            return edited.stripTrailing() + "\n";
        }
        return GoYaml.toYaml(expected);
    }

    private static boolean parsesTo(String text, Map<String, Object> expected) {
        try {
            return expected.equals(GoYaml.load(text));
        } catch (YamlException e) {
            return false;
        }
    }

    /** A copy of {@code value} whose annotation is {@code filename}, or removed (with an empty map) for null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withAnnotations(Map<String, Object> value, String filename) {
        Map<String, Object> out = new LinkedHashMap<>(value);
        Map<String, Object> meta = out.get("metadata") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        Map<String, Object> ann = meta.get("annotations") instanceof Map<?, ?> a
                ? new LinkedHashMap<>((Map<String, Object>) a) : new LinkedHashMap<>();
        if (filename != null) {
            ann.put(KEY, filename);
            meta.put("annotations", ann);
            out.put("metadata", meta);
            return out;
        }
        if (!(out.get("metadata") instanceof Map<?, ?>)) {
            return out;
        }
        ann.remove(KEY);
        if (ann.isEmpty()) {
            meta.remove("annotations");
        } else {
            meta.put("annotations", ann);
        }
        out.put("metadata", meta);
        return out;
    }

    private static List<String> lines(String doc) {
        return new ArrayList<>(Arrays.asList(doc.stripTrailing().split("\n", -1)));
    }

    private static boolean isKeyLine(String line, String key) {
        if (!line.startsWith(key + ":")) {
            return false;
        }
        String rest = line.substring(key.length() + 1).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }

    private static boolean isContent(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
