package io.helm4j.engine;

import io.helm4j.chart.Chart;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.gotemplate.MissingKey;
import io.helm4j.gotemplate.Template;
import io.helm4j.gotemplate.TemplateException;
import io.helm4j.gotemplate.TemplateExecException;
import io.helm4j.gotemplate.TemplateParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a chart tree (after dependency processing) with its coalesced values into a map of
 * template path to text, as Helm's engine does: one template set for the whole tree, templates
 * parsed deepest-first, partials ({@code _*}) parsed but not rendered.
 */
public final class Engine {
    private final EngineOptions options;

    public Engine(EngineOptions options) {
        this.options = options;
    }

    /**
     * Renders every non-partial template of {@code chart} and its subcharts. {@code values} are the
     * coalesced values of the root chart. Returns template path to rendered text, in render order.
     * Throws {@link RenderException} when a template fails to parse or execute.
     */
    public Map<String, String> render(Chart chart, Map<String, Object> values, ReleaseInfo release,
            Capabilities caps) {
        Map<String, TemplateTree.Renderable> tpls = TemplateTree.collect(chart, values, release, caps);
        List<String> keys = sortTemplates(tpls.keySet());
        Map<String, String> sources = new HashMap<>();
        tpls.forEach((k, v) -> sources.put(k, v.text()));

        Template t = Template.create("gotpl").option(options.strict() ? MissingKey.ERROR : MissingKey.ZERO);
        Map<String, Integer> includedNames = new HashMap<>();
        t.funcs(HelmFunctions.functionsIndependentOfTemplate(options.library(), options.lintMode(),
                options.enableDns(), options.cluster()));
        t.funcs(HelmFunctions.templateFunctions(t, includedNames, options.strict()));

        for (String name : keys) {
            try {
                t.newTemplate(name).parse(tpls.get(name).text());
            } catch (TemplateParseException e) {
                throw TemplateErrors.parseError(name, e, sources);
            }
        }

        Map<String, String> rendered = new LinkedHashMap<>();
        for (String name : keys) {
            if (TemplateTree.baseName(name).startsWith("_")) {
                continue;
            }
            TemplateTree.Renderable r = tpls.get(name);
            Map<String, Object> tmpl = new LinkedHashMap<>();
            tmpl.put("Name", name);
            tmpl.put("BasePath", r.basePath());
            r.scope().put("Template", io.helm4j.internal.engine.funcs.CommonValues.of(tmpl));
            StringBuilder sb = new StringBuilder();
            try {
                t.executeTemplate(name, io.helm4j.internal.engine.funcs.CommonValues.of(r.scope()), sb);
            } catch (TemplateExecException e) {
                throw TemplateErrors.execError(name, e, sources);
            } catch (TemplateException e) {
                throw new RenderException(e.getMessage(), name, 0, 0, null, e);
            } catch (StackOverflowError e) {
                throw new RenderException("rendering template failed: runtime error: stack overflow", name, 0, 0,
                        null, e);
            } catch (OutOfMemoryError e) {
                // a runaway template (output doubling at each include): one error naming it, not a JVM trace
                sb.setLength(0);
                sb.trimToSize();
                throw new RenderException("template: " + name + ": rendering ran out of memory ("
                        + e.getMessage() + ")", name, 0, 0, null, e);
            }
            rendered.put(name, sb.toString().replace("<no value>", ""));
        }
        return rendered;
    }

    /** Helm's {@code sortTemplates}: deepest paths first; at equal depth, reverse lexical order. */
    static List<String> sortTemplates(java.util.Collection<String> names) {
        List<String> keys = new ArrayList<>(names);
        keys.sort((a, b) -> {
            int ca = slashes(a);
            int cb = slashes(b);
            if (ca != cb) {
                return Integer.compare(cb, ca);
            }
            return b.compareTo(a);
        });
        return keys;
    }

    private static int slashes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}
