package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** {@code helm4j registry login|logout}: credentials for OCI registries, kept as Helm keeps them. */
final class RegistryCommand extends HelmCommand<Void> {
    RegistryCommand() {
        super("registry", "login to or logout from a registry");
        subcommand(new Login());
        subcommand(new Logout());
    }

    @Override
    int execute() {
        throw new IllegalStateException("registry only groups its subcommands");
    }

    static final class Login extends HelmCommand<Void> {
        private final Flag<String> username;
        private final Flag<String> password;
        private final Flag<Boolean> passwordStdin;
        private final Flag<Boolean> insecure;
        private final Flag<Boolean> plainHttp;
        private final Flag<String> certFile;
        private final Flag<String> keyFile;
        private final Flag<String> caFile;

        Login() {
            super("login [host]", "login to a registry");
            username = flags.string("-u, --username", "registry username", null);
            password = flags.string("-p, --password", "registry password or identity token", null);
            passwordStdin = flags.bool("--password-stdin", "read password or identity token from stdin", null);
            insecure = flags.bool("--insecure", "allow connections to TLS registry without certs", null);
            plainHttp = flags.bool("--plain-http", "use insecure HTTP connections for the chart upload", null);
            certFile = flags.string("--cert-file", "identify registry client using this SSL certificate file", null);
            keyFile = flags.string("--key-file", "identify registry client using this SSL key file", null);
            caFile = flags.string("--ca-file", "verify certificates of HTTPS-enabled servers using this CA bundle",
                    null);
        }

        @Override
        int execute() {
            HelmArgs.exactly(this, 1);
            flags.fill(null);
            String host = args.get(0);
            String user = username.value() == null ? "" : username.value();
            String pass = password.value() == null ? "" : password.value();
            try {
                BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                if (Boolean.TRUE.equals(passwordStdin.value())) {
                    if (!pass.isEmpty()) {
                        throw new Helm4jException("--password and --password-stdin are mutually exclusive");
                    }
                    StringBuilder b = new StringBuilder();
                    for (String line; (line = stdin.readLine()) != null;) {
                        b.append(b.isEmpty() ? "" : "\n").append(line);
                    }
                    pass = b.toString().strip();
                }
                if (user.isEmpty()) {
                    out().print("Username: ");
                    out().flush();
                    String line = stdin.readLine();
                    user = line == null ? "" : line.strip();
                }
                if (pass.isEmpty()) {
                    out().print("Password: ");
                    out().flush();
                    java.io.Console console = System.console();
                    char[] typed = console == null ? null : console.readPassword();
                    pass = typed != null ? new String(typed) : String.valueOf(stdin.readLine());
                    out().println();
                }
            } catch (IOException e) {
                throw new Helm4jException("read credentials: " + e.getMessage(), e);
            }
            if (user.isEmpty() && pass.isEmpty()) {
                throw new Helm4jException("username and password required");
            }
            RegistryOptions options = RegistryOptions.of(settings().registryConfig())
                    .withTls(Boolean.TRUE.equals(plainHttp.value()), caFile.value(), certFile.value(), keyFile.value(),
                            Boolean.TRUE.equals(insecure.value()))
                    .withCredentials(user, pass);
            try (RegistryClient client = new RegistryClient(options, context().env(), context().userHome(),
                    settings().maxChartSize())) {
                client.login(host);
            }
            out().println("Login Succeeded");
            out().flush();
            return 0;
        }
    }

    static final class Logout extends HelmCommand<Void> {
        Logout() {
            super("logout [host]", "logout from a registry");
        }

        @Override
        int execute() {
            HelmArgs.exactly(this, 1);
            String host = args.get(0);
            try (RegistryClient client = new RegistryClient(RegistryOptions.of(settings().registryConfig()),
                    context().env(), context().userHome(), settings().maxChartSize())) {
                client.logout(host);
            }
            out().println("Removing login credentials for " + host);
            out().flush();
            return 0;
        }
    }
}
