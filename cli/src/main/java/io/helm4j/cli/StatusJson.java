package io.helm4j.cli;

import io.helm4j.action.StatusResult;
import io.helm4j.kube.Resource;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code helm status -o json|yaml}: the release as Helm 4 encodes it for status, without its chart, with
 * {@code info.resources} (the live objects by {@code VERSION/KIND}, then {@code v1/Pod(related)}) last in
 * {@code info}, as Helm's {@code Info} struct has it.
 */
final class StatusJson {
    private StatusJson() {
    }

    static String json(Release r, List<StatusResult.ResourceGroup> groups) {
        Release stripped = new Release(r.name(), r.info(), null, r.config(), r.manifest(), r.hooks(), r.version(),
                r.namespace(), r.labels(), r.applyMethod(), r.format());
        String json = ReleaseCodec.toJson(stripped);
        Map<String, Object> resources = new TreeMap<>();
        for (StatusResult.ResourceGroup g : groups) {
            if (!g.objects().isEmpty()) {
                List<Object> objects = new ArrayList<>();
                g.objects().stream().map(Resource::object).forEach(objects::add);
                resources.put(g.key(), objects);
            }
        }
        if (resources.isEmpty()) {
            return json;
        }
        int info = json.indexOf("\"info\":{");
        if (info < 0) {
            return json;
        }
        int end = closingBrace(json, info + "\"info\":".length());
        String sep = json.charAt(end - 1) == '{' ? "" : ",";
        return json.substring(0, end) + sep + "\"resources\":" + GoYaml.toJson(resources) + json.substring(end);
    }

    /** The index of the brace closing the JSON object that starts at {@code open}. */
    private static int closingBrace(String json, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated JSON object");
    }
}
