package io.helm4j.cli;

import io.helm4j.action.Show;
import io.helm4j.action.ShowFormat;
import io.helm4j.action.ShowOptions;
import java.io.PrintWriter;

/** {@code helm4j show all|chart|values|readme|crds CHART}. */
public final class ShowCommand extends HelmCommand<Void> {
    ShowCommand() {
        super("show", "show information of a chart", "inspect");
        subcommand(new Part("all [CHART]", "show all information of the chart", ShowFormat.ALL));
        subcommand(new Part("chart [CHART]", "show the chart's definition", ShowFormat.CHART));
        subcommand(new Part("readme [CHART]", "show the chart's README", ShowFormat.README));
        subcommand(new Part("values [CHART]", "show the chart's values", ShowFormat.VALUES));
        subcommand(new Part("crds [CHART]", "show the chart's CRDs", ShowFormat.CRDS));
    }

    @Override
    int execute() {
        throw new IllegalStateException("show only groups its subcommands");
    }

    /** One {@code show} subcommand: the chart argument and the chart-locating flags. */
    static final class Part extends HelmCommand<ShowOptions.Builder> {
        private final ShowFormat format;
        private final ChartPathFlags chart;

        Part(String use, String shortText, ShowFormat format) {
            super(use, shortText);
            this.format = format;
            chart = ChartPathFlags.declare(flags);
            if (format == ShowFormat.VALUES) {
                flags.string("--jsonpath", "supply a JSONPath expression to filter the output",
                        ShowOptions.Builder::jsonPath);
            }
        }

        @Override
        int execute() {
            HelmArgs.exactly(this, 1);
            ShowOptions options = flags.fill(ShowOptions.builder()).format(format)
                    .chart(chart.locate(this, args.get(0))).build();
            PrintWriter out = out();
            out.print(new Show(SdkContext.printingLoadWarnings(spec).build()).run(options).output());
            out.flush();
            return 0;
        }
    }
}
