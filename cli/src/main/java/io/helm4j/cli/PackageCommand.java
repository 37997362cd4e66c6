package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Package;
import io.helm4j.action.PackageOptions;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;

/** {@code helm4j package [CHART_PATH] [...]}: reproducible archives (entries dated SOURCE_DATE_EPOCH, else the epoch). */
public final class PackageCommand extends HelmCommand<Void> {
    private final Flag<Boolean> sign;
    private final Flag<String> version;
    private final Flag<String> appVersion;
    private final Flag<String> destination;
    private final Flag<Boolean> dependencyUpdate;

    PackageCommand() {
        super("package [CHART_PATH] [...]", "package a chart directory into a chart archive");
        sign = flags.bool("--sign", "use a PGP private key to sign this package", null);
        flags.string("--key", "name of the key to use when signing. Used if --sign is true", null);
        flags.string("--keyring", "location of a public keyring", null).defValue(ChartPathFlags::defaultKeyring);
        flags.string("--passphrase-file", "location of a file which contains the passphrase for the signing key. "
                + "Use \"-\" in order to read from stdin.", null);
        version = flags.string("--version", "set the version on the chart to this semver version", null);
        appVersion = flags.string("--app-version", "set the appVersion on the chart to this version", null);
        destination = flags.string("-d, --destination", "location to write the chart.", null).defValue(".");
        dependencyUpdate = flags.bool("-u, --dependency-update",
                "update dependencies from \"Chart.yaml\" to dir \"charts/\" before packaging", null);
        new ChartPathFlags.Credentials(flags);
    }

    @Override
    int execute() {
        if (args.isEmpty()) {
            throw new UsageException("need at least one argument, the path to the chart");
        }
        if (sign.value()) {
            throw new UsageException("--sign is not supported yet");
        }
        if (dependencyUpdate.value()) {
            throw new UsageException("--dependency-update is not supported yet");
        }
        PrintWriter out = out();
        EventSink events = events();
        Instant modTime = modTime(context().env().get("SOURCE_DATE_EPOCH"), events);
        Package action = new Package(SdkContext.printingLoadWarnings(spec).build());
        Path dest = Path.of(destination.value() == null ? "." : destination.value());
        for (String chart : args) {
            Path saved = action.run(new PackageOptions(Path.of(chart), dest, version.value(), appVersion.value(),
                    modTime)).archive();
            out.println("Successfully packaged chart and saved it to: " + saved);
            out.flush();
        }
        return 0;
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
