package io.helm4j.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rendered file into YAML documents as Kubernetes' {@code YAMLReader} does: a line
 * starting with {@code ---}, followed by nothing but spaces or a comment, ends a document; the
 * separator line belongs to neither.
 */
final class KubeDocuments {
    private KubeDocuments() {
    }

    static List<String> split(String text) {
        List<String> docs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(start, end);
            if (isSeparator(line)) {
                if (!cur.isEmpty()) {
                    docs.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(line);
            }
            start = end;
        }
        if (!cur.isEmpty()) {
            docs.add(cur.toString());
        }
        return docs;
    }

    private static boolean isSeparator(String line) {
        if (!line.startsWith("---")) {
            return false;
        }
        String rest = line.substring(3).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }
}
