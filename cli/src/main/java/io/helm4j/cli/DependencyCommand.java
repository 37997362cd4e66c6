package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.DependencyList;
import io.helm4j.action.DependencyListOptions;
import io.helm4j.action.DependencyListResult;
import io.helm4j.action.DependencyStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code helm4j dependency list [CHART]} (aliases {@code dep}, {@code dependencies}). {@code build} and
 * {@code update} need chart repositories: they are hidden from help and refuse to run until then.
 */
public final class DependencyCommand extends HelmCommand<Void> {
    DependencyCommand() {
        super("dependency update|build|list", "manage a chart's dependencies", "dep", "dependencies");
        subcommand(new ListDependencies());
        subcommand(new NotYet("build CHART", "rebuild the charts/ directory based on the Chart.lock file"));
        subcommand(new NotYet("update CHART", "update charts/ based on the contents of Chart.yaml", "up"));
    }

    @Override
    int execute() {
        throw new IllegalStateException("dependency only groups its subcommands");
    }

    static final class ListDependencies extends HelmCommand<Void> {
        private final Flag<Integer> maxColWidth;

        ListDependencies() {
            super("list CHART", "list the dependencies for the given chart", "ls");
            maxColWidth = flags.integer("--max-col-width", Flag.Kind.UINT, 80, "maximum column width for output table",
                    null);
        }

        @Override
        int execute() {
            HelmArgs.atMost(this, 1);
            String chart = args.isEmpty() ? null : args.get(0);
            int width = maxColWidth.value();
            if (width < 0) {
                throw new UsageException("invalid argument \"" + width + "\" for \"--max-col-width\" flag");
            }
            Path chartPath = chart == null ? Path.of(".") : Path.of(chart).normalize();
            if (chartPath.toString().isEmpty()) {
                chartPath = Path.of(".");
            }
            render(new DependencyList(SdkContext.printingLoadWarnings(spec).build()).run(DependencyListOptions.of(chartPath)),
                    chartPath, width);
            return 0;
        }

        private void render(DependencyListResult listing, Path chartPath, int width) {
            PrintWriter out = out();
            if (!listing.declared()) {
                out.println("WARNING: no dependencies at " + chartPath.resolve("charts").normalize());
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("NAME", "VERSION", "REPOSITORY", "STATUS"));
                for (DependencyStatus s : listing.rows()) {
                    rows.add(List.of(s.name(), s.version(), s.repository(), s.status()));
                }
                out.println(table(rows, width));
                out.println();
                listing.warnings().forEach(out::println);
            }
            out.flush();
        }
    }

    /** {@code dependency build} and {@code update}: Helm's flags, refused until chart repositories land. */
    static final class NotYet extends HelmCommand<Void> {
        NotYet(String use, String shortText, String... aliases) {
            super(use, shortText, aliases);
            flags.bool("--verify", "verify the packages against signatures", null);
            flags.string("--keyring", "keyring containing public keys", null).defValue(ChartPathFlags::defaultKeyring);
            flags.bool("--skip-refresh", "do not refresh the local repository cache", null);
            new ChartPathFlags.Credentials(flags);
        }

        @Override
        boolean hidden() {
            return true;
        }

        @Override
        int execute() {
            throw new UsageException("helm4j dependency " + name()
                    + " is not supported yet (it needs chart repositories)");
        }
    }

    /** gosuri/uitable as Helm uses it: cells padded to the column width, tab-separated, cut to the maximum. */
    static String table(List<List<String>> rows, int maxColWidth) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                int w = width(row.get(i));
                widths[i] = Math.max(widths[i], maxColWidth != 0 ? Math.min(w, maxColWidth) : w);
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                String cell = truncate(row.get(i), widths[i]);
                line.append(cell).append(" ".repeat(Math.max(0, widths[i] - width(cell))));
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static String truncate(String s, int width) {
        if (width(s) <= width) {
            return s;
        }
        int keep = Math.max(0, width - 3);
        return s.substring(0, s.offsetByCodePoints(0, keep)) + "...";
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
