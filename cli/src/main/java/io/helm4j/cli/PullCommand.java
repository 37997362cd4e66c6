package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Pull;
import io.helm4j.action.PullOptions;
import io.helm4j.action.PullResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code helm4j pull [chart URL | repo/chartname] [...]}: download charts (and, with {@code --untar}, expand
 * them); for {@code oci://} references it prints Helm's {@code Pulled:} and {@code Digest:} lines.
 */
final class PullCommand extends HelmCommand<Void> {
    private final ChartPathFlags chart;
    private final Flag<Boolean> untar;
    private final Flag<String> untarDir;
    private final Flag<String> destination;

    PullCommand() {
        super("pull [chart URL | repo/chartname] [...]",
                "download a chart from a repository and (optionally) unpack it in local directory", "fetch");
        chart = ChartPathFlags.declare(flags, "use development versions, too. Equivalent to version '>0.0.0-0'. If "
                + "--version is set, this is ignored.");
        untar = flags.bool("--untar", "if set to true, will untar the chart after downloading it", null);
        flags.bool("--prov", "fetch the provenance file, but don't perform verification", (b, v) -> {
            if (Boolean.TRUE.equals(v)) {
                throw new UsageException("--prov: helm4j cannot fetch provenance files yet");
            }
        });
        untarDir = flags.string("--untardir", "if untar is specified, this flag specifies the name of the directory "
                + "into which the chart is expanded", null).defValue(".");
        destination = flags.string("-d, --destination", "location to write the chart. If this and untardir are "
                + "specified, untardir is appended to this", null).defValue(".");
    }

    @Override
    int execute() {
        HelmArgs.atLeast(this, 1);
        flags.fill(null);
        Pull pull = new Pull(SdkContext.of(spec).build());
        PrintWriter out = out();
        for (String ref : args) {
            PullResult r = pull.run(new PullOptions(ref, chart.options(), Path.of(value(destination.value())),
                    Boolean.TRUE.equals(untar.value()), value(untarDir.value())));
            if (!r.pulledRef().isEmpty()) {
                out.println("Pulled: " + r.pulledRef());
                out.println("Digest: " + r.digest());
                if (io.helm4j.downloader.ChartDownloader.underscoreInTag(r.pulledRef())) {
                    out.println(r.pulledRef() + " contains an underscore.");
                    out.println(io.helm4j.registry.RegistryClient.UNDERSCORE_MESSAGE);
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String value(String v) {
        return v == null || v.isEmpty() ? "." : v;
    }
}
