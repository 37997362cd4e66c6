package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm 4's post-render step, between rendering and sorting: every rendered file's documents (partials and
 * empty files left out, files in name order) go to the post-renderer as one stream, each annotated with
 * its file name; what comes back is split into files again by that annotation, which is removed. A document
 * without it (one the post-renderer added) becomes the file {@code generated-by-postrender-N.yaml}, N its
 * position in the returned stream; a document the post-renderer dropped is gone. Hooks pass through too.
 */
final class PostRenderStep {
    private PostRenderStep() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> run(Map<String, String> files, PostRenderer renderer) {
        String merged = annotateAndMerge(files);
        String rendered;
        try {
            rendered = renderer.run(merged);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("error while running post render on files: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new Helm4jException("error while running post render on files: " + e.getMessage(), e);
        }
        if (rendered == null) {
            throw new Helm4jException("error while running post render on files: the post-renderer returned null");
        }
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        int i = 0;
        for (String doc : documents(rendered)) {
            Object value;
            try {
                value = GoYaml.load(doc);
            } catch (YamlException e) {
                throw new Helm4jException("error while parsing post rendered output: error parsing YAML: "
                        + e.getMessage(), e);
            }
            if (value == null) {
                continue;
            }
            if (!(value instanceof Map<?, ?>)) {
                throw new Helm4jException("error while parsing post rendered output: getting metadata: "
                        + "wrong node kind: expected MappingNode but got " + nodeKind(value));
            }
            Map<String, Object> map = (Map<String, Object>) value;
            String name = filename(map);
            if (name.isEmpty()) {
                name = "generated-by-postrender-" + i + ".yaml";
            }
            // kyaml writes each document back ending in exactly one newline (blank lines after it dropped)
            String text = FilenameAnnotation.remove(doc, map).stripTrailing() + "\n";
            byFile.computeIfAbsent(name, k -> new ArrayList<>()).add(text);
            i++;
        }
        Map<String, String> out = new LinkedHashMap<>();
        byFile.forEach((name, docs) -> out.put(name, String.join("---\n", docs)));
        return out;
    }

    /** Helm's annotateAndMerge: one stream of every document, each annotated with its file's name. */
    @SuppressWarnings("unchecked")
    static String annotateAndMerge(Map<String, String> files) {
        List<String> docs = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            String name = f.getKey();
            if (name.substring(name.lastIndexOf('/') + 1).startsWith("_") || f.getValue().isBlank()) {
                continue;
            }
            for (String doc : documents(f.getValue())) {
                Object value;
                try {
                    value = GoYaml.load(doc);
                } catch (YamlException e) {
                    throw new Helm4jException("error merging manifests: parsing " + name + ": " + e.getMessage(), e);
                }
                if (value == null) {
                    continue;
                }
                if (!(value instanceof Map<?, ?>)) {
                    throw new Helm4jException("error merging manifests: annotating " + name
                            + ": wrong node kind: expected MappingNode but got " + nodeKind(value));
                }
                docs.add(FilenameAnnotation.add(doc, (Map<String, Object>) value, name));
            }
        }
        return String.join("---\n", docs);
    }

    private static String filename(Map<String, Object> doc) {
        if (doc.get("metadata") instanceof Map<?, ?> meta && meta.get("annotations") instanceof Map<?, ?> ann) {
            Object v = ann.get(PostRenderer.FILENAME_ANNOTATION);
            return v == null ? "" : String.valueOf(v);
        }
        return "";
    }

    /** The documents of a YAML stream: the text between "---" lines (with any text after the dashes). */
    static List<String> documents(String stream) {
        List<String> docs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : stream.split("\n", -1)) {
            if (line.equals("---") || line.startsWith("--- ") || line.startsWith("---\t")) {
                docs.add(cur.toString());
                cur.setLength(0);
                line = line.substring(3).strip();
                if (line.isEmpty()) {
                    continue;
                }
            }
            cur.append(line).append('\n');
        }
        docs.add(cur.toString());
        return docs;
    }

    private static String nodeKind(Object value) {
        return value instanceof List<?> ? "SequenceNode" : "ScalarNode";
    }
}
