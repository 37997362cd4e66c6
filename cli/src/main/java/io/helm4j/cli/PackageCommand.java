package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Package;
import io.helm4j.action.PackageOptions;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.LoadOptions;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j package CHART_PATH...}. */
public final class PackageCommand implements Runnable {
    CommandSpec spec;

    List<String> charts = new ArrayList<>();
    String destination;
    String version;
    String appVersion;
    boolean dependencyUpdate;
    boolean sign;

    static CommandSpec model() {
        PackageCommand c = new PackageCommand();
        Specs s = Specs.command(c, "package").description("package a chart directory into a chart archive")
                .footer("", "This command packages a chart into a versioned chart archive file. If a path",
                        "is given, this will look at that path for a chart (which must contain a",
                        "Chart.yaml file) and then package that directory.", "",
                        "Versioned chart archives are used by Helm package repositories.", "",
                        "helm4j archives are reproducible: every entry is dated SOURCE_DATE_EPOCH (the Unix",
                        "epoch when it is not set).");
        s.positionals("CHART_PATH", "0..*", null, () -> c.charts, v -> c.charts = v);
        s.option("-d, --destination", "location to write the chart.").defaultValue(".").label("<destination>")
                .string(() -> c.destination, v -> c.destination = v);
        s.option("--version", "set the version on the chart to this semver version").label("<version>")
                .string(() -> c.version, v -> c.version = v);
        s.option("--app-version", "set the appVersion on the chart to this version").label("<appVersion>")
                .string(() -> c.appVersion, v -> c.appVersion = v);
        s.option("-u, --dependency-update",
                "update dependencies from \"Chart.yaml\" to dir \"charts/\" before packaging")
                .bool(() -> c.dependencyUpdate, v -> c.dependencyUpdate = v);
        s.option("--sign", "use a PGP private key to sign this package")
                .bool(() -> c.sign, v -> c.sign = v);
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public void run() {
        if (charts.isEmpty()) {
            throw new UsageException("need at least one argument, the path to the chart");
        }
        if (sign) {
            throw new UsageException("--sign is not supported yet");
        }
        if (dependencyUpdate) {
            throw new UsageException("--dependency-update is not supported yet");
        }
        PrintWriter out = spec.commandLine().getOut();
        EventSink events = EventPrinter.to(spec.commandLine().getErr());
        Instant modTime = modTime(Commands.root(spec).context.env().get("SOURCE_DATE_EPOCH"), events);
        Package action = new Package(SdkContext.printingLoadWarnings(spec).build());
        for (String chart : charts) {
            PackageOptions options = new PackageOptions(Path.of(chart), Path.of(destination), version, appVersion,
                    modTime);
            Path saved = action.run(options).archive();
            out.println("Successfully packaged chart and saved it to: " + saved);
            out.flush();
        }
    }

    private static Instant modTime(String sourceDateEpoch, EventSink events) {
        try {
            return PackageOptions.sourceDateEpoch(sourceDateEpoch);
        } catch (UsageException e) {
            events.emit(new Event.Warning(e.getMessage()));
            return Instant.EPOCH;
        }
    }
}
