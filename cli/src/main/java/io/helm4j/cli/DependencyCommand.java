package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.DependencyList;
import io.helm4j.action.DependencyListOptions;
import io.helm4j.action.DependencyListResult;
import io.helm4j.action.DependencyStatus;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.LoadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j dependency list [CHART]} (alias {@code dep}). */
public final class DependencyCommand implements Runnable {
    CommandSpec spec;

    static CommandSpec model() {
        DependencyCommand c = new DependencyCommand();
        Specs s = Specs.command(c, "dependency").aliases("dep", "dependencies")
                .description("manage a chart's dependencies")
                .footer("", "Manage the dependencies of a chart.", "",
                        "Helm charts store their dependencies in 'charts/'. For chart developers, it is",
                        "often easier to manage dependencies in 'Chart.yaml' which declares all",
                        "dependencies.");
        s.subcommand(ListDependencies.model());
        s.subcommand(Build.model());
        s.subcommand(Update.model());
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class ListDependencies implements Runnable {
        CommandSpec spec;

        List<String> args = new ArrayList<>();

        int maxColWidth;

        static CommandSpec model() {
            ListDependencies c = new ListDependencies();
            Specs s = Specs.command(c, "list").aliases("ls").description("list the dependencies for the given chart")
                    .footer("", "List all of the dependencies declared in a chart.", "",
                            "This can take chart archives and chart directories as input. It will not alter",
                            "the contents of a chart.", "",
                            "This will produce an error if the chart cannot be loaded.");
            s.positionals("CHART", "0..*", null, () -> c.args, v -> c.args = v);
            s.option("--max-col-width", "maximum column width for output table").defaultValue("80")
                    .label("<maxColWidth>").value(int.class, () -> c.maxColWidth, v -> c.maxColWidth = v);
            c.spec = s.spec();
            return c.spec;
        }

        @Override
        public void run() {
            HelmArgs.atMost(spec, args, 1, "CHART");
            String chart = args.isEmpty() ? null : args.get(0);
            if (maxColWidth < 0) {
                throw new UsageException("invalid argument \"" + maxColWidth + "\" for \"--max-col-width\" flag");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path chartPath = chart == null ? Path.of(".") : Path.of(chart).normalize();
            if (chartPath.toString().isEmpty()) {
                chartPath = Path.of(".");
            }
            DependencyListResult listing = new DependencyList(SdkContext.printingLoadWarnings(spec).build())
                    .run(DependencyListOptions.of(chartPath));
            if (!listing.declared()) {
                out.println("WARNING: no dependencies at " + chartPath.resolve("charts").normalize());
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("NAME", "VERSION", "REPOSITORY", "STATUS"));
                for (DependencyStatus s : listing.rows()) {
                    rows.add(List.of(s.name(), s.version(), s.repository(), s.status()));
                }
                out.println(table(rows, maxColWidth));
                out.println();
                listing.warnings().forEach(out::println);
            }
            out.flush();
        }
    }

    static final class Build implements Runnable {
        String chart;

        static CommandSpec model() {
            Build c = new Build();
            Specs s = Specs.command(c, "build")
                    .description("rebuild the charts/ directory based on the Chart.lock file");
            s.positional("CHART", "0..1", null, () -> c.chart, v -> c.chart = v);
            return s.spec();
        }

        @Override
        public void run() {
            throw new UsageException("helm4j dependency build is not supported yet (it needs chart repositories)");
        }
    }

    static final class Update implements Runnable {
        String chart;

        static CommandSpec model() {
            Update c = new Update();
            Specs s = Specs.command(c, "update").aliases("up")
                    .description("update charts/ based on the contents of Chart.yaml");
            s.positional("CHART", "0..1", null, () -> c.chart, v -> c.chart = v);
            return s.spec();
        }

        @Override
        public void run() {
            throw new UsageException("helm4j dependency update is not supported yet (it needs chart repositories)");
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
