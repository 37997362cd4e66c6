package io.helm4j.engine;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.MetadataObject;
import io.helm4j.chart.common.Capabilities;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Walks a chart tree as Helm's {@code recAllTpls}: every template named by the path walked
 * ({@code parent/charts/sub/templates/x.yaml}), each with its chart's top-level object
 * ({@code .Values} scoped to the chart, {@code .Chart}, {@code .Files}, {@code .Subcharts}...).
 */
final class TemplateTree {
    /** One template text, the top-level object it is executed with, and its base path. */
    record Renderable(String text, Map<String, Object> scope, String basePath) {
    }

    private TemplateTree() {
    }

    static Map<String, Renderable> collect(Chart root, Map<String, Object> values, ReleaseInfo release,
            Capabilities caps) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Values", values);
        top.put("Release", release.toTemplateObject());
        top.put("Capabilities", caps);
        Map<String, Renderable> out = new LinkedHashMap<>();
        walk(root, root.name(), true, top, out);
        return out;
    }

    private static Map<String, Object> walk(Chart c, String fullPath, boolean isRoot, Map<String, Object> parent,
            Map<String, Renderable> out) {
        Map<String, Object> subcharts = new LinkedHashMap<>();
        Map<String, Object> next = new LinkedHashMap<>();
        Map<String, Object> chartMap = new LinkedHashMap<>(MetadataObject.templateMap(c.metadata()));
        chartMap.put("IsRoot", isRoot);
        next.put("Chart", chartMap);
        next.put("Files", Files.of(c.files()));
        next.put("Release", parent.get("Release"));
        next.put("Capabilities", parent.get("Capabilities"));
        next.put("Values", io.helm4j.internal.engine.funcs.CommonValues.of(new LinkedHashMap<String, Object>()));
        next.put("Subcharts", subcharts);
        if (isRoot) {
            next.put("Values", io.helm4j.internal.engine.funcs.CommonValues.of((Map<?, ?>) parent.get("Values")));
        } else if (parent.get("Values") instanceof Map<?, ?> pv && pv.get(c.name()) instanceof Map<?, ?> mine) {
            next.put("Values", io.helm4j.internal.engine.funcs.CommonValues.of(mine));
        }
        if (c.dependencies() != null) {
            for (Chart child : c.dependencies()) {
                subcharts.put(child.name(),
                        walk(child, fullPath + "/charts/" + child.name(), false, next, out));
            }
        }
        boolean library = "library".equalsIgnoreCase(c.metadata().type());
        if (c.templates() != null) {
            for (ChartFile t : c.templates()) {
                if (library && !baseName(t.name()).startsWith("_")) {
                    continue;
                }
                out.put(fullPath + "/" + t.name(), new Renderable(io.helm4j.yaml.GoYaml.escapedText(t.data()), next, fullPath + "/templates"));
            }
        }
        return next;
    }

    static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }
}
