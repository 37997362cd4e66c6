package io.helm4j.repo;

import io.helm4j.events.EventSink;
import io.helm4j.yaml.GoYaml;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index's entries read from its pre-digested form ({@link IndexSidecar}) one chart at a time: a chart's
 * versions are decoded (from JSON, then as {@link IndexFile#parse} decodes them) the first time they are asked
 * for, and kept. Iterating decodes every chart, in the index's order, without keeping those not asked for
 * by name (a search's pass over every chart holds one at a time). Unmodifiable; safe to share between threads.
 */
final class LazyEntries extends AbstractMap<String, List<ChartVersion>> {
    private final ByteBuffer data;
    private final Map<String, long[]> table;
    private final String source;
    private final EventSink events;
    private final Map<String, List<ChartVersion>> decoded = new HashMap<>();

    LazyEntries(ByteBuffer data, Map<String, long[]> table, String source, EventSink events) {
        this.data = data;
        this.table = table;
        this.source = source;
        this.events = events;
    }

    @Override
    public synchronized List<ChartVersion> get(Object key) {
        long[] at = table.get(key);
        if (at == null) {
            return null;
        }
        return decoded.computeIfAbsent((String) key, name -> decode(name, at));
    }

    private List<ChartVersion> decode(String name, long[] at) {
        byte[] json = new byte[(int) at[1]];
        data.get((int) at[0], json);
        return List.copyOf(IndexFile.versions(name, GoYaml.fromJson(new String(json, StandardCharsets.UTF_8)),
                source, events));
    }

    /** A chart's versions for one pass: the kept ones when asked for before, else decoded and not kept. */
    private synchronized List<ChartVersion> passing(String name) {
        List<ChartVersion> kept = decoded.get(name);
        return kept != null ? kept : decode(name, table.get(name));
    }

    @Override
    public boolean containsKey(Object key) {
        return table.containsKey(key);
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public Set<String> keySet() {
        return java.util.Collections.unmodifiableSet(table.keySet());
    }

    @Override
    public Set<Entry<String, List<ChartVersion>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<ChartVersion>>> iterator() {
                Iterator<String> names = table.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Entry<String, List<ChartVersion>> next() {
                        String n = names.next();
                        return new SimpleImmutableEntry<>(n, passing(n));
                    }
                };
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }
}
