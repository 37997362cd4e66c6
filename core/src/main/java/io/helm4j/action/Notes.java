package io.helm4j.action;

import java.util.Iterator;
import java.util.Map;

/** Takes NOTES.txt out of the rendered files: the root chart's, or every chart's with {@code subNotes}. */
final class Notes {
    static final String SUFFIX = "NOTES.txt";

    private Notes() {
    }

    static String extract(Map<String, String> files, String chartName, boolean subNotes) {
        StringBuilder sb = new StringBuilder();
        String rootNotes = chartName + "/templates/" + SUFFIX;
        for (Iterator<Map.Entry<String, String>> it = files.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, String> e = it.next();
            if (!e.getKey().endsWith(SUFFIX)) {
                continue;
            }
            if (subNotes || e.getKey().equals(rootNotes)) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(e.getValue());
            }
            it.remove();
        }
        return sb.toString();
    }
}
