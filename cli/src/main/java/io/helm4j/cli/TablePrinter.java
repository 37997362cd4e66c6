package io.helm4j.cli;

import java.util.ArrayList;
import java.util.List;

/** gosuri/uitable as Helm uses it: cells padded to their column's width, separated by tabs, rows by newlines. */
final class TablePrinter {
    private final List<List<String>> rows = new ArrayList<>();

    void row(String... cells) {
        rows.add(List.of(cells));
    }

    /** The table and a final newline (Helm's {@code EncodeTable}). */
    String render() {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            List<String> r = rows.get(n);
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                String c = r.get(i);
                sb.append(c).append(" ".repeat(width[i] - c.codePointCount(0, c.length())));
            }
            if (n < rows.size() - 1) {
                sb.append('\n');
            }
        }
        return sb.append('\n').toString();
    }
}
