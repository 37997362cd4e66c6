package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Package;
import io.helm4j.action.PackageOptions;
import io.helm4j.action.SignOptions;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code helm4j package [CHART_PATH] [...]}: reproducible archives (entries dated SOURCE_DATE_EPOCH, else the
 * epoch), signed with {@code --sign} ({@code .prov} beside the archive).
 */
public final class PackageCommand extends HelmCommand<PackageOptions.Builder> {
    private final Flag<Boolean> sign;
    private final Flag<String> key;
    private final Flag<String> keyring;
    private final Flag<String> passphraseFile;

    PackageCommand() {
        super("package [CHART_PATH] [...]", "package a chart directory into a chart archive");
        sign = flags.bool("--sign", "use a PGP private key to sign this package", null);
        key = flags.string("--key", "name of the key to use when signing. Used if --sign is true", null);
        keyring = flags.string("--keyring", "location of a public keyring", null)
                .defValue(ChartPathFlags::defaultKeyring);
        passphraseFile = flags.string("--passphrase-file", "location of a file which contains the passphrase for the "
                + "signing key. Use \"-\" in order to read from stdin.", null);
        flags.string("--version", "set the version on the chart to this semver version",
                PackageOptions.Builder::version);
        flags.string("--app-version", "set the appVersion on the chart to this version",
                PackageOptions.Builder::appVersion);
        flags.string("-d, --destination", "location to write the chart.",
                (b, v) -> b.destination(Path.of(v == null ? "." : v))).defValue(".");
        flags.bool("-u, --dependency-update",
                "update dependencies from \"Chart.yaml\" to dir \"charts/\" before packaging",
                (b, v) -> b.dependencyUpdate(Boolean.TRUE.equals(v)));
        new ChartPathFlags.Credentials(flags);
    }

    @Override
    int execute() {
        if (args.isEmpty()) {
            throw new UsageException("need at least one argument, the path to the chart");
        }
        RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All: the plugins' warnings again
        PackageOptions.Builder builder = flags.fill(PackageOptions.builder());
        PrintWriter out = out();
        EventSink events = events();
        Instant modTime = modTime(context().env().get("SOURCE_DATE_EPOCH"), events);
        Package action = new Package(SdkContext.printingLoadWarnings(spec).build());
        builder.modTime(modTime);
        if (sign.value()) {
            String ring = keyring.value() != null ? keyring.value() : keyring.defValue(context());
            builder.sign(new SignOptions(key.value(), Path.of(ring), Passphrases.from(passphraseFile.value())));
        }
        for (String chart : args) {
            Path saved = action.run(builder.chart(Path.of(chart)).build()).archive();
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
