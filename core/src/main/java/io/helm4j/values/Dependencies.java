package io.helm4j.values;

import io.helm4j.gotemplate.GoFmt;
import io.helm4j.gostd.Strconv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.helm4j.chart.Chart;
import io.helm4j.chart.Dependency;
import io.helm4j.events.EventSink;

/**
 * Helm's dependency processing (ProcessDependenciesWithMerge, pkg/chart/v2/util/dependencies.go): resolves
 * aliases, drops subcharts disabled by tags or conditions, then imports values from children into parents
 * ({@code import-values}), at every depth. Charts are immutable: a new chart tree is returned.
 */
public final class Dependencies {
    private final Consumer<String> warn;

    private Dependencies(Consumer<String> warn) {
        this.warn = warn;
    }

    /**
     * Processes the chart's dependencies against the user's values. The returned chart holds only the
     * enabled subcharts (aliased ones under their alias), its Chart.yaml dependencies are renamed and
     * pruned the same way, and every chart with dependencies has its values replaced by its defaults merged
     * with its subcharts' and the imported values, as Helm does.
     */
    public static Chart process(Chart chart, Map<String, Object> userValues, EventSink events) {
        Dependencies d = new Dependencies(Coalesce.warnings(events));
        Chart enabled = d.processEnabled(chart, Values.deepCopyMap(userValues), "");
        return d.processImportValues(enabled);
    }

    /**
     * Helm's CheckDependencies: every dependency in Chart.yaml must be present (by name) among the
     * chart's subcharts.
     */
    public static void check(Chart chart) {
        List<Dependency> reqs = chart.metadata().dependencies();
        if (reqs == null) {
            return;
        }
        List<String> missing = new ArrayList<>();
        outer:
        for (Dependency r : reqs) {
            for (Chart d : Charts.deps(chart)) {
                if (d.name().equals(r.name())) {
                    continue outer;
                }
            }
            missing.add(r.name());
        }
        if (!missing.isEmpty()) {
            throw new ValuesException("found in Chart.yaml, but missing in charts/ directory: "
                    + String.join(", ", missing));
        }
    }

    // --- enabled / aliases --------------------------------------------------------------------------------

    private Chart processEnabled(Chart c, Map<String, Object> v, String path) {
        List<Dependency> reqsIn = c.metadata().dependencies();
        if (reqsIn == null) {
            return c;
        }
        List<Chart> existing = Charts.deps(c);
        List<Chart> chartDeps = new ArrayList<>();
        outer:
        for (Chart ex : existing) {
            for (Dependency req : reqsIn) {
                if (req != null && ex.name().equals(req.name())
                        && Charts.isCompatibleRange(req.version(), ex.metadata().version())) {
                    continue outer;
                }
            }
            chartDeps.add(ex);
        }
        List<Dependency> reqs = new ArrayList<>();
        for (Dependency req : reqsIn) {
            if (req == null) {
                continue;
            }
            Chart aliased = aliasDependency(existing, req);
            if (aliased != null) {
                chartDeps.add(aliased);
            }
            if (req.alias() != null && !req.alias().isEmpty()) {
                req = Charts.renamed(req, req.alias());
            }
            reqs.add(Charts.enabled(req, true));
        }
        Chart withDeps = Charts.withDependencies(c, chartDeps);
        Map<String, Object> cvals = Coalesce.coalesceInPlace(withDeps, Values.deepCopyMap(v), false, warn);
        boolean[] enabled = new boolean[reqs.size()];
        java.util.Arrays.fill(enabled, true);
        processTags(reqs, cvals, enabled);
        processConditions(reqs, cvals, path, enabled);
        Set<String> rm = new HashSet<>();
        for (int i = 0; i < reqs.size(); i++) {
            if (!enabled[i]) {
                rm.add(reqs.get(i).name());
            }
        }
        List<Chart> kept = new ArrayList<>();
        for (Chart n : chartDeps) {
            if (!rm.contains(n.name())) {
                kept.add(n);
            }
        }
        List<Dependency> keptReqs = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            if (!rm.contains(reqs.get(i).name())) {
                keptReqs.add(Charts.enabled(reqs.get(i), enabled[i]));
            }
        }
        List<Chart> processed = new ArrayList<>();
        for (Chart t : kept) {
            processed.add(processEnabled(t, cvals, path + t.name() + "."));
        }
        return Charts.withRequirements(Charts.withDependencies(withDeps, processed), keptReqs);
    }

    /** getAliasDependency: the first subchart matching the dependency's name and version, under its alias. */
    private static Chart aliasDependency(List<Chart> charts, Dependency dep) {
        for (Chart c : charts) {
            if (c == null || !c.name().equals(dep.name())) {
                continue;
            }
            if (!Charts.isCompatibleRange(dep.version(), c.metadata().version())) {
                continue;
            }
            if (dep.alias() != null && !dep.alias().isEmpty()) {
                return Charts.withName(c, dep.alias());
            }
            return c;
        }
        return null;
    }

    private void processTags(List<Dependency> reqs, Map<String, Object> cvals, boolean[] enabled) {
        Optional<Map<String, Object>> vt = Values.table(cvals, "tags");
        if (vt.isEmpty()) {
            return;
        }
        for (int i = 0; i < reqs.size(); i++) {
            Dependency r = reqs.get(i);
            boolean hasTrue = false;
            boolean hasFalse = false;
            for (String k : r.tags() == null ? List.<String>of() : r.tags()) {
                if (!vt.get().containsKey(k)) {
                    continue;
                }
                if (vt.get().get(k) instanceof Boolean b) {
                    if (b) {
                        hasTrue = true;
                    } else {
                        hasFalse = true;
                    }
                } else {
                    warn.accept("Tag '" + k + "' for chart " + r.name() + " returned non-bool value");
                }
            }
            if (!hasTrue && hasFalse) {
                enabled[i] = false;
            } else {
                enabled[i] = true;
            }
        }
    }

    private void processConditions(List<Dependency> reqs, Map<String, Object> cvals, String cpath,
            boolean[] enabled) {
        for (int i = 0; i < reqs.size(); i++) {
            Dependency r = reqs.get(i);
            String cond = r.condition() == null ? "" : r.condition().strip();
            for (String c : cond.split(",", -1)) {
                if (c.isEmpty()) {
                    continue;
                }
                Values.PathValue pv = Values.pathValue(cvals, cpath + c);
                if (pv.found()) {
                    if (pv.value() instanceof Boolean b) {
                        enabled[i] = b;
                        break;
                    }
                    warn.accept("Condition path '" + c + "' for chart " + r.name() + " returned non-bool value");
                }
            }
        }
    }

    // --- import-values ------------------------------------------------------------------------------------

    private Chart processImportValues(Chart c) {
        List<Chart> deps = new ArrayList<>();
        for (Chart d : Charts.deps(c)) {
            deps.add(processImportValues(d));
        }
        Chart ch = Charts.deps(c).isEmpty() ? c : Charts.withDependencies(c, deps);
        List<Dependency> reqs = ch.metadata().dependencies();
        if (reqs == null) {
            return ch;
        }
        Map<String, Object> cvals = Coalesce.coalesceInPlace(ch, new LinkedHashMap<>(), true, warn);
        Map<String, Object> b = new LinkedHashMap<>();
        List<Dependency> newReqs = new ArrayList<>();
        for (Dependency r : reqs) {
            List<Object> outiv = null;
            for (Object riv : r.importValues() == null ? List.of() : r.importValues()) {
                if (riv instanceof Map<?, ?> iv) {
                    String child = GoFmt.formatValue(iv.get("child"));
                    String parent = GoFmt.formatValue(iv.get("parent"));
                    outiv = add(outiv, child, parent);
                    Optional<Map<String, Object>> vv = Values.table(cvals, r.name() + "." + child);
                    if (vv.isEmpty()) {
                        warn.accept("ImportValues missing table from chart " + r.name() + ": "
                                + Strconv.quote(Values.missingTableKey(cvals, r.name() + "." + child))
                                + " is not a table");
                        continue;
                    }
                    b = Coalesce.tablesInPlace(b, pathToMap(parent, vv.get()), true, warn);
                } else if (riv instanceof String iv) {
                    String child = "exports." + iv;
                    outiv = add(outiv, child, ".");
                    Optional<Map<String, Object>> vm = Values.table(cvals, r.name() + "." + child);
                    if (vm.isEmpty()) {
                        warn.accept("ImportValues missing table: "
                                + Strconv.quote(Values.missingTableKey(cvals, r.name() + "." + child))
                                + " is not a table");
                        continue;
                    }
                    b = Coalesce.tablesInPlace(b, vm.get(), true, warn);
                }
            }
            newReqs.add(Charts.withImportValues(r, outiv));
        }
        Map<String, Object> merged = Coalesce.tablesInPlace(Values.deepCopyMap(cvals), b, true, warn);
        return Charts.withRequirements(Charts.withValues(ch, merged), newReqs);
    }

    private static List<Object> add(List<Object> outiv, String child, String parent) {
        List<Object> out = outiv == null ? new ArrayList<>() : outiv;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("child", child);
        m.put("parent", parent);
        out.add(m);
        return out;
    }

    /** pathToMap: {@code a.b} and a table become {@code {a: {b: table}}}; {@code .} is the table itself. */
    private static Map<String, Object> pathToMap(String path, Map<String, Object> data) {
        if (path.equals(".")) {
            return data;
        }
        Map<String, Object> cur = data;
        String[] segs = path.split("\\.", -1);
        for (int i = segs.length - 1; i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(segs[i], cur);
            cur = m;
        }
        return cur;
    }
}
