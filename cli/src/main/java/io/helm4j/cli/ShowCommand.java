package io.helm4j.cli;

import io.helm4j.action.Show;
import io.helm4j.action.ShowFormat;
import io.helm4j.action.ShowOptions;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.LoadOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j show all|chart|values|readme|crds CHART}. */
public final class ShowCommand implements Runnable {
    CommandSpec spec;

    static CommandSpec model() {
        ShowCommand c = new ShowCommand();
        Specs s = Specs.command(c, "show").aliases("inspect").description("show information of a chart")
                .footer("", "This command consists of multiple subcommands to display information about a chart");
        s.subcommand(new All().model("all", "show all information of the chart",
                "This command inspects a chart (directory, file, or URL) and displays all its content",
                "(values.yaml, Chart.yaml, README)"));
        s.subcommand(new ChartPart().model("chart", "show the chart's definition",
                "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the Chart.yaml file"));
        s.subcommand(new Readme().model("readme", "show the chart's README",
                "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the README file"));
        s.subcommand(new Values().model("values", "show the chart's values",
                "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the values.yaml file"));
        s.subcommand(new Crds().model("crds", "show the chart's CRDs",
                "This command inspects a chart (directory, file, or URL) and displays the contents",
                "of the CustomResourceDefinition files"));
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every {@code show} subcommand shares: the chart argument and the chart-locating flags. */
    abstract static class Part implements Runnable {
        CommandSpec spec;

        List<String> args = new ArrayList<>();

        String version;

        boolean devel;

        CommandSpec model(String name, String description, String... footer) {
            String[] lines = new String[footer.length + 1];
            lines[0] = "";
            System.arraycopy(footer, 0, lines, 1, footer.length);
            Specs s = Specs.command(this, name).description(description).footer(lines);
            s.positionals("CHART", "0..*", "a chart directory or archive", () -> args, v -> args = v);
            s.option("--version", "specify a version constraint for the chart version to use").label("<version>")
                    .string(() -> version, v -> version = v);
            s.option("--devel", "use development versions, too. Equivalent to version '>0.0.0-0'")
                    .bool(() -> devel, v -> devel = v);
            declare(s);
            spec = s.spec();
            return spec;
        }

        /** A subcommand's own flags. */
        void declare(Specs s) {
        }

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
            out.print(new Show(SdkContext.printingLoadWarnings(spec).build()).run(options).output());
            out.flush();
        }
    }

    static final class All extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.ALL;
        }
    }

    static final class ChartPart extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.CHART;
        }
    }

    static final class Readme extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.README;
        }
    }

    static final class Values extends Part {
        String jsonPath;

        @Override
        void declare(Specs s) {
            s.option("--jsonpath", "supply a JsonPath expression to filter the output").label("<jsonPath>")
                    .string(() -> jsonPath, v -> jsonPath = v);
        }

        @Override
        ShowFormat format() {
            return ShowFormat.VALUES;
        }

        @Override
        String jsonPath() {
            return jsonPath;
        }
    }

    static final class Crds extends Part {
        @Override
        ShowFormat format() {
            return ShowFormat.CRDS;
        }
    }
}
