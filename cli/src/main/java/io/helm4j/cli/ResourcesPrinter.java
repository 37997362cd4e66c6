package io.helm4j.cli;

import io.helm4j.action.StatusResult;
import io.helm4j.kube.ResourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Helm 4's RESOURCES section: for each group {@code ==> KEY}, then each object's table as kubectl's
 * human-readable printer writes it (its default columns, upper-cased headers printed again only when the
 * columns change, each object aligned on its own by a tab writer of minimum width 6 and padding 3), then an
 * empty line.
 */
final class ResourcesPrinter {
    private List<ResourceTable.Column> lastColumns;
    private boolean printedHeaders;

    private ResourcesPrinter() {
    }

    static String render(List<StatusResult.ResourceGroup> groups) {
        ResourcesPrinter p = new ResourcesPrinter();
        StringBuilder b = new StringBuilder();
        for (StatusResult.ResourceGroup g : groups) {
            b.append("==> ").append(g.key()).append('\n');
            for (ResourceTable t : g.tables()) {
                p.print(t, b);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private void print(ResourceTable t, StringBuilder out) {
        boolean noHeaders = printedHeaders && (t.columns().isEmpty() || t.columns().equals(lastColumns));
        List<ResourceTable.Column> columns = t.columns();
        if (columns.isEmpty()) {
            columns = lastColumns == null ? List.of() : lastColumns;
        } else if (!columns.equals(lastColumns)) {
            lastColumns = columns;
            printedHeaders = false;
        }
        if (!t.rows().isEmpty()) {
            printedHeaders = true;
        }
        List<List<String>> lines = new ArrayList<>();
        if (!noHeaders) {
            if (t.rows().isEmpty()) {
                return;
            }
            List<String> header = new ArrayList<>();
            for (ResourceTable.Column c : columns) {
                if (c.priority() == 0) {
                    header.add(c.name().toUpperCase(Locale.ROOT));
                }
            }
            lines.add(header);
        }
        for (List<String> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size() && i < columns.size(); i++) {
                if (columns.get(i).priority() == 0) {
                    cells.add(cell(row.get(i)));
                }
            }
            lines.add(cells);
        }
        tabwriter(lines, out);
    }

    /** A string cell is cut at its first line break, marked {@code ...}, as kubectl does. */
    private static String cell(String s) {
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                cut = i;
                break;
            }
        }
        return cut < 0 ? s : s.substring(0, cut) + "...";
    }

    /** Go's {@code tabwriter} (minwidth 6, padding 3, spaces) over cells: every cell but a line's last is aligned. */
    static void tabwriter(List<List<String>> lines, StringBuilder out) {
        int columns = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[Math.max(0, columns - 1)];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size() - 1; i++) {
                width[i] = Math.max(Math.max(width[i], 6), line.get(i).codePointCount(0, line.get(i).length()) + 3);
            }
        }
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String c = line.get(i);
                out.append(c);
                if (i < line.size() - 1) {
                    out.append(" ".repeat(width[i] - c.codePointCount(0, c.length())));
                }
            }
            out.append('\n');
        }
    }
}
