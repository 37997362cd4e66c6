package io.helm4j.cli;

import io.helm4j.action.Show;
import io.helm4j.action.ShowFormat;
import io.helm4j.action.ShowOptions;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.LoadOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helm4j show all|chart|values|readme|crds CHART}. */
@Command(name = "show", aliases = "inspect", description = "show information of a chart",
        footer = {"", "This command consists of multiple subcommands to display information about a chart"},
        subcommands = {ShowCommand.All.class, ShowCommand.ChartPart.class, ShowCommand.Readme.class,
            ShowCommand.Values.class, ShowCommand.Crds.class})
public final class ShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every {@code show} subcommand shares: the chart argument and the chart-locating flags. */
    abstract static class Part implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "CHART", description = "a chart directory or archive")
        List<String> args = new ArrayList<>();

        @Option(names = "--version", description = "specify a version constraint for the chart version to use")
        String version;

        @Option(names = "--devel", description = "use development versions, too. Equivalent to version '>0.0.0-0'")
        boolean devel;

        abstract ShowFormat format();

        String jsonPath() {
            return null;
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            HelmArgs.exactly(spec, args, 1, "[CHART]");
            ShowOptions options = new ShowOptions(format(), args.get(0), jsonPath());
            ChartLoader loader = ChartLoader.withOptions(LoadOptions.defaults().withEvents(EventPrinter.to(err)));
            out.print(new Show(loader).run(options));
            out.flush();
        }
    }

    @Command(name = "all", description = "show all information of the chart",
            footer = {"", "This command inspects a chart (directory, file, or URL) and displays all its content",
                "(values.yaml, Chart.yaml, README)"})
    static final class All extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.ALL;
        }
    }

    @Command(name = "chart", description = "show the chart's definition",
            footer = {"", "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the Chart.yaml file"})
    static final class ChartPart extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.CHART;
        }
    }

    @Command(name = "readme", description = "show the chart's README",
            footer = {"", "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the README file"})
    static final class Readme extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.README;
        }
    }

    @Command(name = "values", description = "show the chart's values",
            footer = {"", "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the values.yaml file"})
    static final class Values extends Part {
        @Option(names = "--jsonpath", description = "supply a JsonPath expression to filter the output")
        String jsonPath;

        @Override
        ShowFormat format() {
            return ShowFormat.VALUES;
        }

        @Override
        String jsonPath() {
            return jsonPath;
        }
    }

    @Command(name = "crds", description = "show the chart's CRDs",
            footer = {"", "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the CustomResourceDefinition files"})
    static final class Crds extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.CRDS;
        }
    }
}
