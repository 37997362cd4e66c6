package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.UsageException;
import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * {@code helm4j push [chart] [remote]}: a chart archive (and its {@code .prov}, when one lies beside it) to
 * {@code oci://HOST/PATH} as {@code HOST/PATH/NAME:VERSION}, with Helm's manifest; the archive's modification time
 * is the {@code org.opencontainers.image.created} annotation, as in Helm.
 */
final class PushCommand extends HelmCommand<Void> {
    private final RegistryPushFlags registry;
    private final Flag<Boolean> sign;
    private final Flag<String> key;

    PushCommand() {
        super("push [chart] [remote]", "push a chart to remote");
        registry = new RegistryPushFlags(flags, RegistryPushFlags.Subject.CHART);
        // beyond Helm, so hidden: Helm's help stays Helm's (README: cosign signatures)
        sign = flags.bool("--sign", "after the push, sign the chart's manifest with a cosign key (--key)", null).hidden();
        key = flags.string("--key", "with --sign, the cosign private key (cosign.key; COSIGN_PASSWORD for its password)",
                null).hidden();
    }

    @Override
    int execute() {
        HelmArgs.exactly(this, 2);
        flags.fill(null);
        boolean signing = Boolean.TRUE.equals(sign.value());
        if (signing != (key.value() != null && !key.value().isEmpty())) {
            throw new UsageException(signing ? "--sign needs --key, the cosign private key" : "--key is used with --sign");
        }
        java.security.PrivateKey signer = signing ? CosignKeyFiles.privateKey(context(), key.value()) : null;
        Path chart = Path.of(args.get(0));
        String base = ociBase(args.get(1));
        if (!Files.exists(chart)) {
            throw new Helm4jException(args.get(0) + ": no such file");
        }
        if (Files.isDirectory(chart)) {
            throw new Helm4jException("cannot push directory, must provide chart archive (.tgz)");
        }
        byte[] data;
        byte[] prov;
        String created;
        try {
            data = Files.readAllBytes(chart);
            prov = provBeside(chart);
            created = OffsetDateTime.ofInstant(Files.getLastModifiedTime(chart).toInstant(), ZoneId.systemDefault())
                    .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (IOException e) {
            throw new Helm4jException("read " + chart + ": " + e.getMessage(), e);
        }
        var meta = SdkContext.of(spec).build().charts().loadArchive(chart).metadata();
        String ref = base + "/" + meta.name() + ":" + meta.version();
        RegistryOptions options = registry.options(settings());
        try (RegistryClient client = new RegistryClient(options, context().env(), context().userHome(),
                settings().maxChartSize(), events())) {
            RegistryClient.PushResult r = client.push(data, prov, ref, created);
            PrintWriter out = out();
            out.println("Pushed: " + r.ref());
            out.println("Digest: " + r.manifestDigest());
            if (r.ref().substring(r.ref().lastIndexOf(':') + 1).contains("_")) {
                out.println(r.ref() + " contains an underscore.");
                out.println(RegistryClient.UNDERSCORE_MESSAGE);
            }
            if (signer != null) {
                RegistryClient.CosignSigned s = client.cosignSign(r.ref() + "@" + r.manifestDigest(), signer);
                out.println("Signed: " + s.ref());
                out.println("Signature: " + s.signatureRef());
            }
            out.flush();
        }
        return 0;
    }

    /** The registry path of {@code oci://HOST/PATH}, trailing slashes dropped; Helm's error without the scheme. */
    static String ociBase(String remote) {
        if (!remote.startsWith("oci://")) {
            throw new Helm4jException("scheme prefix missing from remote (e.g. \"oci://\")");
        }
        String base = remote.substring("oci://".length());
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** The {@code .prov} file beside an archive, or null when there is none. */
    static byte[] provBeside(Path archive) throws IOException {
        Path provFile = Path.of(archive + ".prov");
        return Files.exists(provFile) ? Files.readAllBytes(provFile) : null;
    }
}
