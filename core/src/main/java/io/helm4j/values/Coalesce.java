package io.helm4j.values;

import io.helm4j.gotemplate.GoFmt;
import io.helm4j.gostd.Strconv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.helm4j.chart.Chart;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;

/**
 * Helm's coalescing of a chart's default values with the values given for it (pkg/chart/common/util/
 * coalesce.go): user values win over chart defaults, parent values win over subchart defaults, maps merge
 * and everything else is replaced, {@code global} is pushed down to every subchart. Coalescing removes
 * keys whose given value is null; merging keeps the nulls. The inputs are never modified. Type clashes are
 * reported to the warning sink, not thrown.
 */
public final class Coalesce {
    /** The key whose table is copied into every subchart's values. */
    public static final String GLOBAL_KEY = "global";

    private final Consumer<String> warn;
    private final boolean merge;

    private Coalesce(Consumer<String> warn, boolean merge) {
        this.warn = warn == null ? w -> { } : warn;
        this.merge = merge;
    }

    /** CoalesceValues: the chart's (and its subcharts') defaults under {@code vals}; nulls remove keys. */
    public static Map<String, Object> coalesceValues(Chart chart, Map<String, Object> vals, EventSink events) {
        return new Coalesce(warnings(events), false).coalesce(chart, Values.deepCopyMap(vals), "");
    }

    /** MergeValues: as {@link #coalesceValues} but null values are kept. */
    public static Map<String, Object> mergeValues(Chart chart, Map<String, Object> vals, EventSink events) {
        return new Coalesce(warnings(events), true).coalesce(chart, Values.deepCopyMap(vals), "");
    }

    /**
     * CoalesceTables: merges {@code src} into {@code dst}, {@code dst} winning; null values in {@code dst}
     * remove the key. Both are copied first; the result is a new map.
     */
    public static Map<String, Object> coalesceTables(Map<String, Object> dst, Map<String, Object> src,
            EventSink events) {
        return new Coalesce(warnings(events), false).tables(Values.deepCopyMap(dst), Values.deepCopyMap(src), "");
    }

    /** MergeTables: as {@link #coalesceTables} but nulls are kept. */
    public static Map<String, Object> mergeTables(Map<String, Object> dst, Map<String, Object> src,
            EventSink events) {
        return new Coalesce(warnings(events), true).tables(Values.deepCopyMap(dst), Values.deepCopyMap(src), "");
    }

    // --- in-place forms for this package, on maps already copied -------------------------------------------

    static Map<String, Object> tablesInPlace(Map<String, Object> dst, Map<String, Object> src, boolean merge,
            Consumer<String> warn) {
        return new Coalesce(warn, merge).tables(dst, src, "");
    }

    static Consumer<String> warnings(EventSink events) {
        return events == null ? w -> { } : w -> events.emit(new Event.Warning(w));
    }

    static Map<String, Object> coalesceInPlace(Chart chart, Map<String, Object> vals, boolean merge,
            Consumer<String> warn) {
        return new Coalesce(warn, merge).coalesce(chart, vals, "");
    }

    private static String concatPrefix(String a, String b) {
        return a.isEmpty() ? b : a + "." + b;
    }

    private Map<String, Object> coalesce(Chart ch, Map<String, Object> dest, String prefix) {
        coalesceValues(ch, dest, prefix);
        return coalesceDeps(ch, dest, prefix);
    }

    private Map<String, Object> coalesceDeps(Chart ch, Map<String, Object> dest, String prefix) {
        for (Chart sub : deps(ch)) {
            String name = sub.name();
            if (!dest.containsKey(name)) {
                dest.put(name, new LinkedHashMap<String, Object>());
            } else if (!(dest.get(name) instanceof Map)) {
                throw new ValuesException("type mismatch on " + name + ": " + GoText.badVerbT(dest.get(name)));
            }
            Map<String, Object> dvmap = Values.asMap(dest.get(name));
            String subPrefix = concatPrefix(prefix, ch.name());
            coalesceGlobals(dvmap, dest, subPrefix);
            dest.put(name, coalesce(sub, dvmap, subPrefix));
        }
        return dest;
    }

    private static List<Chart> deps(Chart ch) {
        return ch.dependencies() == null ? List.of() : ch.dependencies();
    }

    /** Copies the globals of {@code src} into {@code dest}'s, the source winning. */
    private void coalesceGlobals(Map<String, Object> dest, Map<String, Object> src, String prefix) {
        Map<String, Object> dg;
        if (!dest.containsKey(GLOBAL_KEY)) {
            dg = new LinkedHashMap<>();
        } else if (dest.get(GLOBAL_KEY) instanceof Map<?, ?>) {
            dg = Values.asMap(dest.get(GLOBAL_KEY));
        } else {
            warn.accept("warning: skipping globals because destination " + GLOBAL_KEY + " is not a table.");
            return;
        }
        Map<String, Object> sg;
        if (!src.containsKey(GLOBAL_KEY)) {
            sg = new LinkedHashMap<>();
        } else if (src.get(GLOBAL_KEY) instanceof Map<?, ?>) {
            sg = Values.asMap(src.get(GLOBAL_KEY));
        } else {
            warn.accept("warning: skipping globals because source " + GLOBAL_KEY + " is not a table.");
            return;
        }
        for (String key : new ArrayList<>(sg.keySet())) {
            Object val = sg.get(key);
            if (val instanceof Map<?, ?>) {
                // a shallow copy, as Helm's copyMap: nested tables stay shared
                Map<String, Object> vv = new LinkedHashMap<>(Values.asMap(val));
                if (!dg.containsKey(key)) {
                    dg.put(key, vv);
                } else if (!(dg.get(key) instanceof Map<?, ?>)) {
                    warn.accept("Conflict: cannot merge map onto non-map for " + Strconv.quote(key) + ". Skipping.");
                } else {
                    new Coalesce(warn, true).tables(vv, Values.asMap(dg.get(key)), concatPrefix(prefix, key));
                    dg.put(key, vv);
                }
            } else if (dg.get(key) instanceof Map<?, ?>) {
                warn.accept("key " + key + " is table. Skipping");
            } else {
                dg.put(key, val);
            }
        }
        dest.put(GLOBAL_KEY, dg);
    }

    /** Builds up the values for one chart: its (copied) defaults under {@code v}. */
    private void coalesceValues(Chart c, Map<String, Object> v, String prefix) {
        String subPrefix = concatPrefix(prefix, c.name());
        Map<String, Object> vc = Values.deepCopyMap(c.values());
        for (Map.Entry<String, Object> e : vc.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (!v.containsKey(key)) {
                // Helm 4.2: when coalescing, a chart default's null is skipped and nested nulls are cleaned,
                // so they neither shadow globals nor print as %!s(<nil>)
                if (!merge) {
                    if (val == null) {
                        continue;
                    }
                    if (val instanceof Map<?, ?>) {
                        cleanNilValues(Values.asMap(val));
                    }
                }
                v.put(key, val);
                continue;
            }
            Object value = v.get(key);
            if (value == null && !merge) {
                v.remove(key);
            } else if (value instanceof Map<?, ?>) {
                if (!(val instanceof Map<?, ?>)) {
                    if (val != null) {
                        warn.accept("warning: skipped value for " + subPrefix + "." + key + ": Not a table.");
                    }
                } else {
                    boolean m = merge || isSubchart(c, key);
                    if (!m) {
                        cleanNilValues(Values.asMap(val)); // Helm 4.2: the defaults' nils do not leak into the result
                    }
                    new Coalesce(warn, m).tables(Values.asMap(value), Values.asMap(val), concatPrefix(subPrefix, key));
                }
            }
        }
    }

    /** Removes null values from a (copied) chart-default table, recursively. */
    private static void cleanNilValues(Map<String, Object> m) {
        m.values().removeIf(java.util.Objects::isNull);
        for (Object x : m.values()) {
            if (x instanceof Map<?, ?>) {
                cleanNilValues(Values.asMap(x));
            }
        }
    }

    private static boolean isSubchart(Chart c, String key) {
        for (Chart sub : deps(c)) {
            if (sub.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** coalesceTablesFullKey: merges src into dst in place, dst winning. */
    private Map<String, Object> tables(Map<String, Object> dst, Map<String, Object> src, String prefix) {
        if (src == null) {
            return dst;
        }
        if (dst == null) {
            return src;
        }
        // Helm 4 (after 4.0.x): a null in dst removes the key only when src had a value for it; a null for a
        // key src does not have (or has as null) is kept, as Helm 3 kept it.
        Set<String> srcOriginalNonNil = new HashSet<>();
        src.forEach((k, x) -> {
            if (x != null) {
                srcOriginalNonNil.add(k);
            }
        });
        for (Map.Entry<String, Object> e : dst.entrySet()) {
            if (e.getValue() == null) {
                src.put(e.getKey(), null);
            }
        }
        for (String key : new ArrayList<>(src.keySet())) {
            Object val = src.get(key);
            String fullkey = concatPrefix(prefix, key);
            boolean present = dst.containsKey(key);
            Object dv = dst.get(key);
            if (present && !merge && dv == null && srcOriginalNonNil.contains(key)) {
                dst.remove(key);
            } else if (!present) {
                dst.put(key, val);
            } else if (val instanceof Map<?, ?>) {
                if (dv instanceof Map<?, ?>) {
                    tables(Values.asMap(dv), Values.asMap(val), fullkey);
                } else {
                    warn.accept("warning: cannot overwrite table with non table for " + fullkey + " ("
                            + GoFmt.formatValue(val) + ")");
                }
            } else if (dv instanceof Map<?, ?> && val != null) {
                warn.accept("warning: destination for " + fullkey + " is a table. Ignoring non-table value ("
                        + GoFmt.formatValue(val) + ")");
            }
        }
        return dst;
    }
}
