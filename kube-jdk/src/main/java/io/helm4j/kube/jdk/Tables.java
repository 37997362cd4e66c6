package io.helm4j.kube.jdk;

import io.helm4j.kube.ResourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A server's {@code Table} answer as a {@link ResourceTable}; an object answered instead gets kubectl's NAME and AGE. */
final class Tables {
    private Tables() {
    }

    static ResourceTable of(Object answer) {
        if (!(answer instanceof Map<?, ?> t) || !"Table".equals(t.get("kind"))) {
            return fallback(answer);
        }
        List<ResourceTable.Column> columns = new ArrayList<>();
        if (t.get("columnDefinitions") instanceof List<?> defs) {
            for (Object d : defs) {
                if (d instanceof Map<?, ?> m) {
                    columns.add(new ResourceTable.Column(String.valueOf(m.get("name")),
                            m.get("priority") instanceof Number n ? n.intValue() : 0));
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        if (t.get("rows") instanceof List<?> list) {
            for (Object r : list) {
                List<String> cells = new ArrayList<>();
                if (r instanceof Map<?, ?> row && row.get("cells") instanceof List<?> cs) {
                    cs.forEach(c -> cells.add(cell(c)));
                }
                rows.add(cells);
            }
        }
        return new ResourceTable(columns, rows);
    }

    /** Go's {@code fmt.Fprint} of a decoded JSON value (integers as int64, other numbers as float64). */
    static String cell(Object c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Double d) {
            return io.helm4j.gotemplate.GoFmt.sprintf("%v", d);
        }
        return String.valueOf(c);
    }

    private static ResourceTable fallback(Object answer) {
        String name = answer instanceof Map<?, ?> m && m.get("metadata") instanceof Map<?, ?> md
                ? String.valueOf(md.get("name")) : "";
        return new ResourceTable(List.of(new ResourceTable.Column("Name", 0)), List.of(List.of(name)));
    }
}
