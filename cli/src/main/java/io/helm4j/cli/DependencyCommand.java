package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.DependencyBuild;
import io.helm4j.action.DependencyList;
import io.helm4j.action.DependencyListOptions;
import io.helm4j.action.DependencyListResult;
import io.helm4j.action.DependencyBuildOptions;
import io.helm4j.action.DependencyUpdateOptions;
import io.helm4j.action.DependencyStatus;
import io.helm4j.action.DependencyUpdate;
import io.helm4j.action.PackageOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code helm4j dependency list|build|update [CHART]} (aliases {@code dep}, {@code dependencies}).
 */
public final class DependencyCommand extends HelmCommand<Void> {
    DependencyCommand() {
        super("dependency update|build|list", "manage a chart's dependencies", "dep", "dependencies");
        subcommand(new ListDependencies());
        subcommand(new Fetch(false, "build CHART", "rebuild the charts/ directory based on the Chart.lock file"));
        subcommand(new Fetch(true, "update CHART", "update charts/ based on the contents of Chart.yaml", "up"));
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

    /**
     * {@code dependency build} and {@code update}: the SDK's progress lines go to stdout, as Helm prints them,
     * its warnings to stderr.
     */
    static final class Fetch extends HelmCommand<Void> {
        private final boolean update;
        private final Flag<Boolean> verify;
        private final Flag<String> keyring;
        private final Flag<Boolean> skipRefresh;
        private final ChartPathFlags.Credentials credentials;

        Fetch(boolean update, String use, String shortText, String... aliases) {
            super(use, shortText, aliases);
            this.update = update;
            verify = flags.bool("--verify", "verify the packages against signatures", null);
            keyring = flags.string("--keyring", "keyring containing public keys", null)
                    .defValue(ChartPathFlags::defaultKeyring);
            skipRefresh = flags.bool("--skip-refresh", "do not refresh the local repository cache", null);
            credentials = new ChartPathFlags.Credentials(flags);
        }

        @Override
        int execute() {
            HelmArgs.atMost(this, 1);
            RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All: the plugins' warnings again
            String chart = args.isEmpty() ? "." : io.helm4j.gostd.Paths.clean(args.get(0));
            PrintWriter out = out();
            io.helm4j.events.EventSink printer = events();
            io.helm4j.events.EventSink sink = e -> {
                if (e instanceof io.helm4j.events.Event.Info i) {
                    out.println(i.message());
                    out.flush();
                } else {
                    printer.emit(e);
                }
            };
            String epoch = context().env().get("SOURCE_DATE_EPOCH");
            java.time.Instant modTime = epoch == null || epoch.isEmpty() ? null : PackageOptions.sourceDateEpoch(epoch);
            String ring = keyring.value() != null ? keyring.value() : keyring.defValue(context());
            io.helm4j.action.ActionContext ctx = SdkContext.printingLoadWarnings(spec).events(sink).build();
            if (update) {
                new DependencyUpdate(ctx).run(new DependencyUpdateOptions(Path.of(chart), verify.value(),
                        Path.of(ring), skipRefresh.value(), modTime, credentials.options()));
            } else {
                new DependencyBuild(ctx).run(new DependencyBuildOptions(Path.of(chart), verify.value(),
                        Path.of(ring), skipRefresh.value(), modTime, credentials.options()));
            }
            out.flush();
            return 0;
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
