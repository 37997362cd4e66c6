package io.helm4j.cli;

import io.helm4j.action.Verify;
import io.helm4j.action.VerifyOptions;
import io.helm4j.UsageException;
import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;

/**
 * {@code helm4j verify PATH}: checks a chart archive against its {@code .prov} file and a keyring. Beyond Helm,
 * {@code verify oci://HOST/REPO/CHART:TAG --key cosign.pub} checks the chart's cosign signatures as {@code cosign
 * verify --key cosign.pub --insecure-ignore-tlog} does, with the registry flags of {@code pull} (all hidden).
 */
public final class VerifyCommand extends HelmCommand<Void> {
    private final Flag<String> keyring;
    private final Flag<String> key;
    private final ChartPathFlags.Credentials registry;

    VerifyCommand() {
        super("verify PATH", "verify that a chart at the given path has been signed and is valid");
        keyring = flags.string("--keyring", "keyring containing public keys", null)
                .defValue(ChartPathFlags::defaultKeyring);
        // beyond Helm, so hidden: Helm's help stays Helm's (README: cosign signatures)
        key = flags.string("--key", "for an oci:// chart, the cosign public key its signature is checked with", null)
                .hidden();
        registry = new ChartPathFlags.Credentials(flags);
        for (Flag<?> f : List.of(registry.username, registry.password, registry.certFile, registry.keyFile,
                registry.insecureSkipTlsVerify, registry.plainHttp, registry.caFile)) {
            f.hidden();
        }
    }

    @Override
    int execute() {
        HelmArgs.exactly(this, 1);
        if (args.get(0).startsWith("oci://") || key.value() != null) {
            return cosign();
        }
        String ring = keyring.value() != null ? keyring.value() : keyring.defValue(context());
        var result = new Verify(SdkContext.printingLoadWarnings(spec).build())
                .run(new VerifyOptions(Path.of(args.get(0)), Path.of(ring)));
        PrintWriter out = out();
        out.print(result.verification().report());
        out.flush();
        return 0;
    }

    private int cosign() {
        if (!args.get(0).startsWith("oci://") || key.value() == null || key.value().isEmpty()) {
            throw new UsageException("--key checks the cosign signature of an oci:// chart: verify oci://REF --key "
                    + "cosign.pub");
        }
        var o = registry.options();
        RegistryOptions options = RegistryOptions.of(settings().registryConfig())
                .withTls(o.plainHttp(), o.caFile(), o.certFile(), o.keyFile(), o.insecureSkipTlsVerify())
                .withCredentials(o.username(), o.password());
        try (RegistryClient client = new RegistryClient(options, context().env(), context().userHome(),
                settings().maxChartSize(), events())) {
            List<RegistryClient.CosignVerified> verified = client.cosignVerify(args.get(0), "",
                    CosignKeyFiles.publicKey(context(), key.value()));
            CosignKeyFiles.report(err(), args.get(0).substring("oci://".length()));
            PrintWriter out = out();
            out.print(CosignKeyFiles.payloads(verified));
            out.flush();
        }
        return 0;
    }
}
