package io.helm4j.kube;

import java.util.List;

/**
 * The server's table of objects (a {@code meta.k8s.io/v1} {@code Table}, what {@code kubectl get} prints):
 * its columns (the {@code priority} 0 ones are kubectl's default, the others {@code -o wide}'s) and its
 * rows, each cell as Go's {@code fmt} prints the decoded value ({@code ""} for null).
 */
public record ResourceTable(List<Column> columns, List<List<String>> rows) {
    public ResourceTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One column definition. */
    public record Column(String name, int priority) {
    }
}
