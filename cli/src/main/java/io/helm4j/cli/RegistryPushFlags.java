package io.helm4j.cli;

import io.helm4j.registry.RegistryOptions;
import io.helm4j.settings.HelmSettings;

/**
 * The seven registry flags of Helm's {@code push} ({@code --cert-file}, {@code --key-file}, {@code --ca-file},
 * {@code --insecure-skip-tls-verify}, {@code --plain-http}, {@code --username}, {@code --password}), declared once
 * for {@code push} (Helm's texts) and the hidden {@code plugin push} (the same flags, worded for a plugin), and
 * turned into the {@link RegistryOptions} both push with.
 */
final class RegistryPushFlags {
    /** What is pushed: Helm's texts name a chart. */
    enum Subject {
        CHART("chart", "chart repository username where to locate the requested chart",
                "chart repository password where to locate the requested chart"),
        PLUGIN("plugin", "registry username", "registry password");

        final String noun;
        final String username;
        final String password;

        Subject(String noun, String username, String password) {
            this.noun = noun;
            this.username = username;
            this.password = password;
        }
    }

    private final Flag<String> caFile;
    private final Flag<String> certFile;
    private final Flag<String> keyFile;
    private final Flag<Boolean> insecure;
    private final Flag<Boolean> plainHttp;
    private final Flag<String> username;
    private final Flag<String> password;

    /** Declares the flags in Helm's order of {@code push}. */
    RegistryPushFlags(Flags<?> flags, Subject subject) {
        certFile = flags.string("--cert-file", "identify registry client using this SSL certificate file", null);
        keyFile = flags.string("--key-file", "identify registry client using this SSL key file", null);
        caFile = flags.string("--ca-file", "verify certificates of HTTPS-enabled servers using this CA bundle", null);
        insecure = flags.bool("--insecure-skip-tls-verify", "skip tls certificate checks for the " + subject.noun
                + " upload", null);
        plainHttp = flags.bool("--plain-http", "use insecure HTTP connections for the " + subject.noun + " upload",
                null);
        username = flags.string("--username", subject.username, null);
        password = flags.string("--password", subject.password, null);
    }

    /** The registry options the flags give, over the settings' registry config. */
    RegistryOptions options(HelmSettings settings) {
        return RegistryOptions.of(settings.registryConfig())
                .withTls(Boolean.TRUE.equals(plainHttp.value()), caFile.value(), certFile.value(), keyFile.value(),
                        Boolean.TRUE.equals(insecure.value()))
                .withCredentials(username.value(), password.value());
    }
}
