package io.helm4j.cli;

import io.helm4j.action.Pull;
import io.helm4j.action.PullOptions;
import io.helm4j.action.PullResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code helm4j pull [chart URL | repo/chartname] [...]}: download charts (and, with {@code --untar}, expand
 * them); for {@code oci://} references it prints Helm's {@code Pulled:} and {@code Digest:} lines. {@code --prov}
 * saves the provenance beside the chart; {@code --verify} checks the chart against it first and prints who signed.
 */
final class PullCommand extends HelmCommand<Void> {
    private final ChartPathFlags chart;
    private final Flag<Boolean> untar;
    private final Flag<String> untarDir;
    private final Flag<String> destination;
    private final Flag<Boolean> prov;

    PullCommand() {
        super("pull [chart URL | repo/chartname] [...]",
                "download a chart from a repository and (optionally) unpack it in local directory", "fetch");
        chart = ChartPathFlags.declare(flags, "use development versions, too. Equivalent to version '>0.0.0-0'. If "
                + "--version is set, this is ignored.");
        untar = flags.bool("--untar", "if set to true, will untar the chart after downloading it", null);
        prov = flags.bool("--prov", "fetch the provenance file, but don't perform verification", null);
        untarDir = flags.string("--untardir", "if untar is specified, this flag specifies the name of the directory "
                + "into which the chart is expanded", null).defValue(".");
        destination = flags.string("-d, --destination", "location to write the chart. If this and untardir are "
                + "specified, untardir is appended to this", null).defValue(".");
    }

    @Override
    int execute() {
        HelmArgs.atLeast(this, 1);
        flags.fill(null);
        PrintWriter out = out();
        io.helm4j.events.EventSink printer = events();
        // the registry client's Pulled:/Digest: lines go to stdout, as Helm prints them
        Pull pull = new Pull(SdkContext.of(spec).events(e -> {
            if (e instanceof io.helm4j.events.Event.Info i) {
                out.println(i.message());
                out.flush();
            } else {
                printer.emit(e);
            }
        }).build());
        for (String ref : args) {
            // Helm's Pull.Run collects its getters (again for --repo): the plugins' warnings each time
            RootCommand.printGetterWarnings(spec.commandLine());
            if (chart.options().repoUrl() != null && !chart.options().repoUrl().isEmpty()) {
                RootCommand.printGetterWarnings(spec.commandLine());
            }
            boolean verify = Boolean.TRUE.equals(chart.verify.value());
            String key = chart.cosignKey();
            Path cosignKey = key == null ? null : Path.of(key);
            PullResult r = pull.run(new PullOptions(ref, chart.options(), Path.of(value(destination.value())),
                    Boolean.TRUE.equals(untar.value()), value(untarDir.value()), verify,
                    Boolean.TRUE.equals(prov.value()), verify ? Path.of(chart.keyring(context())) : null, cosignKey));
            if (!r.cosign().isEmpty()) {
                CosignKeyFiles.report(err(), r.pulledRef() + "@" + r.digest());
            }
            if (!r.warning().isEmpty()) {
                out.println(r.warning());
            }
            if (r.verification() != null) {
                out.print(r.verification().report());
            }
            out.flush();
        }
        return 0;
    }

    private static String value(String v) {
        return v == null || v.isEmpty() ? "." : v;
    }
}
