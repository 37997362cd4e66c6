package io.helm4j.cli;

import io.helm4j.downloader.ChartDownloader;
import io.helm4j.downloader.ChartPathOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a chart comes from (Helm's {@code addChartPathOptionsFlags}, with {@code --devel}): a
 * version constraint, a repository and its credentials and TLS files, provenance checking. The chart
 * argument is located as Helm's {@code LocateChart} does ({@link ChartDownloader#locate}): a local path,
 * {@code repo/chart}, a URL, a name with {@code --repo}, or {@code oci://}. {@code --verify} checks a local
 * archive against the {@code .prov} beside it, and a remote chart against the provenance fetched with it.
 */
final class ChartPathFlags {
    final Flag<String> version;
    final Flag<Boolean> devel;
    final Flag<Boolean> verify;
    final Flag<String> keyring;
    final Flag<String> repo;
    final Credentials credentials;
    final Flag<Boolean> passCredentials;
    final Flag<String> cosignKey;

    /** A chart repository's credentials and TLS settings, as package and dependency update take them too. */
    static final class Credentials {
        final Flag<String> username;
        final Flag<String> password;
        final Flag<String> certFile;
        final Flag<String> keyFile;
        final Flag<Boolean> insecureSkipTlsVerify;
        final Flag<Boolean> plainHttp;
        final Flag<String> caFile;

        Credentials(Flags<?> f) {
            username = f.string("--username", "chart repository username where to locate the requested chart", null);
            password = f.string("--password", "chart repository password where to locate the requested chart", null);
            certFile = f.string("--cert-file", "identify HTTPS client using this SSL certificate file", null);
            keyFile = f.string("--key-file", "identify HTTPS client using this SSL key file", null);
            insecureSkipTlsVerify = f.bool("--insecure-skip-tls-verify",
                    "skip tls certificate checks for the chart download", null);
            plainHttp = f.bool("--plain-http", "use insecure HTTP connections for the chart download", null);
            caFile = f.string("--ca-file", "verify certificates of HTTPS-enabled servers using this CA bundle", null);
        }

        /** The flags' values as the downloader's options (no version, no repository). */
        ChartPathOptions options() {
            return ChartPathOptions.builder()
                    .username(username.value())
                    .password(password.value())
                    .certFile(certFile.value())
                    .keyFile(keyFile.value())
                    .caFile(caFile.value())
                    .insecureSkipTlsVerify(Boolean.TRUE.equals(insecureSkipTlsVerify.value()))
                    .plainHttp(Boolean.TRUE.equals(plainHttp.value()))
                    .build();
        }
    }

    private ChartPathFlags(Flags<?> f, String develUsage) {
        version = f.string("--version", "specify a version constraint for the chart version to use. This constraint "
                + "can be a specific tag (e.g. 1.1.1) or it may reference a valid range (e.g. ^2.0.0). If this is not "
                + "specified, the latest version is used", null);
        devel = f.bool("--devel", develUsage, null);
        verify = f.bool("--verify", "verify the package before using it", null);
        keyring = f.string("--keyring", "location of public keys used for verification", null)
                .defValue(ChartPathFlags::defaultKeyring);
        repo = f.string("--repo", "chart repository url where to locate the requested chart", null);
        credentials = new Credentials(f);
        passCredentials = f.bool("--pass-credentials", "pass credentials to all domains", null);
        // beyond Helm, so hidden: Helm's help stays Helm's (README: cosign signatures)
        cosignKey = f.string("--key", "with --verify, check the cosign signature of an oci:// chart with this public "
                + "key (cosign.pub) in place of its provenance", null).hidden();
    }

    /** The cosign public key given with {@code --verify} ({@code --key}), or null; {@code --key} alone is refused. */
    String cosignKey() {
        String k = cosignKey.value();
        if (k == null || k.isEmpty()) {
            return null;
        }
        if (!Boolean.TRUE.equals(verify.value())) {
            throw new io.helm4j.UsageException("--key (a cosign public key) is used with --verify");
        }
        return k;
    }

    /** Declares the chart-locating flags on {@code flags}. */
    static ChartPathFlags declare(Flags<?> flags) {
        return declare(flags, "use development versions, too. Equivalent to version '>0.0.0-0'. If --version is "
                + "set, this is ignored");
    }

    /** As {@link #declare(Flags)}, with the command's own usage text for {@code --devel} (pull's ends with a period). */
    static ChartPathFlags declare(Flags<?> flags, String develUsage) {
        return new ChartPathFlags(flags, develUsage);
    }

    /** {@code --keyring}, else Helm's default keyring. */
    String keyring(CliContext ctx) {
        return keyring.value() != null ? keyring.value() : defaultKeyring(ctx);
    }

    /** The flags' values as the downloader's options. */
    ChartPathOptions options() {
        return ChartPathOptions.builder()
                .version(version.value())
                .devel(Boolean.TRUE.equals(devel.value()))
                .repoUrl(repo.value())
                .username(credentials.username.value())
                .password(credentials.password.value())
                .certFile(credentials.certFile.value())
                .keyFile(credentials.keyFile.value())
                .caFile(credentials.caFile.value())
                .insecureSkipTlsVerify(Boolean.TRUE.equals(credentials.insecureSkipTlsVerify.value()))
                .plainHttp(Boolean.TRUE.equals(credentials.plainHttp.value()))
                .passCredentialsAll(Boolean.TRUE.equals(passCredentials.value()))
                .build();
    }

    /** Helm's {@code LocateChart} for {@code ref}: the local path of the chart (downloaded when remote). */
    String locate(HelmCommand<?> command, String ref) {
        // Helm's LocateChart collects its getters past the local path (twice with --repo): the plugins' warnings
        String r = ref.strip();
        boolean repoUrl = repo.value() != null && !repo.value().isEmpty();
        if (repoUrl || !java.nio.file.Files.exists(java.nio.file.Path.of(r)) && !java.nio.file.Path.of(r).isAbsolute()
                && !r.startsWith(".")) {
            RootCommand.printGetterWarnings(command.spec.commandLine());
            if (repoUrl) {
                RootCommand.printGetterWarnings(command.spec.commandLine());
            }
        }
        String key = cosignKey();
        if (key != null) {
            return downloader(command).locateCosign(ref, options(), CosignKeyFiles.publicKey(command.context(), key))
                    .toString();
        }
        java.nio.file.Path ring = Boolean.TRUE.equals(verify.value())
                ? java.nio.file.Path.of(keyring(command.context())) : null;
        return downloader(command).locate(ref, options(), ring).toString();
    }

    /** The downloader for a command: its settings, events, environment and home directory. */
    static ChartDownloader downloader(HelmCommand<?> command) {
        return new ChartDownloader(command.settings(), command.events(), command.context().env(),
                command.context().userHome(), CliGetters.of(command));
    }

    /** The arguments with the last one (the chart of {@code [NAME] CHART}) located. */
    List<String> locateLast(HelmCommand<?> command, List<String> args) {
        if (args.isEmpty()) {
            return args;
        }
        List<String> out = new ArrayList<>(args);
        out.set(out.size() - 1, locate(command, out.get(out.size() - 1)));
        return out;
    }

    /** Helm's {@code defaultKeyring}: {@code $GNUPGHOME/pubring.gpg}, else {@code ~/.gnupg/pubring.gpg}. */
    static String defaultKeyring(CliContext ctx) {
        String gnupg = ctx.env().get("GNUPGHOME");
        return gnupg != null ? gnupg + "/pubring.gpg" : ctx.userHome().resolve(".gnupg/pubring.gpg").toString();
    }
}
