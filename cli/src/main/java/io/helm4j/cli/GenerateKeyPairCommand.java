package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.UsageException;
import io.helm4j.gostd.Strconv;
import io.helm4j.registry.CosignKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Beyond Helm, {@code helm4j generate-key-pair}: cosign's {@code generate-key-pair} for the key-pair signatures of
 * {@code push --sign} (README: cosign signatures). As cosign: an ECDSA P-256 pair written to {@code cosign.key}
 * ({@code ENCRYPTED SIGSTORE PRIVATE KEY}, owner-only) and {@code cosign.pub} ({@code --output-key-prefix} names
 * them); the password from {@code COSIGN_PASSWORD}, else asked twice on the terminal, else all of standard input; an
 * existing private key overwritten only after a {@code y} on standard input. cosign's KMS and secret-store targets
 * ({@code --kms}, {@code k8s://}, {@code github://}...) are not offered. Hidden, so Helm's help stays Helm's.
 */
final class GenerateKeyPairCommand extends HelmCommand<Void> {
    private final Flag<String> prefix;

    GenerateKeyPairCommand() {
        super("generate-key-pair", "generate a cosign key pair for signing charts in OCI registries (beyond Helm)");
        prefix = flags.string("--output-key-prefix", "name used for generated .pub and .key files", null)
                .defValue("cosign");
    }

    @Override
    boolean hidden() {
        return true;
    }

    @Override
    int execute() {
        if (!args.isEmpty()) {
            throw new UsageException("generate-key-pair writes key files only: KMS and secret-store targets ("
                    + args.get(0) + ") are not supported");
        }
        String name = prefix.value() == null ? "cosign" : prefix.value();
        generate(context().env(), name, System.in, UpgradePlanPrompt.terminal(), err());
        return 0;
    }

    /** The command's work, with its standard input and terminal given (tests give theirs). */
    static void generate(Map<String, String> env, String prefix, InputStream stdin, java.io.Console terminal,
            PrintWriter err) {
        Path privateFile = Path.of(prefix + ".key");
        Path publicFile = Path.of(prefix + ".pub");
        byte[] password = password(env, stdin, terminal, err);
        SecureRandom random = new SecureRandom();
        KeyPair pair = CosignKeys.generate(random);
        if (Files.exists(privateFile) && !Files.isDirectory(privateFile)) {
            err.println("WARNING: File " + privateFile + " already exists. Overwrite?");
            confirm(stdin, err);
        }
        try {
            CosignKeys.write(pair, password, random, privateFile, publicFile);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
        err.println("Private key written to " + privateFile);
        err.println("Public key written to " + publicFile);
        err.flush();
    }

    /** cosign's {@code readPasswordFn(true)}: the variable (even empty), the terminal twice, or all of stdin. */
    static byte[] password(Map<String, String> env, InputStream stdin, java.io.Console terminal, PrintWriter err) {
        String fromEnv = env.get("COSIGN_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.getBytes(StandardCharsets.UTF_8);
        }
        if (terminal != null) {
            char[] first = terminal.readPassword("Enter password for private key: ");
            char[] again = terminal.readPassword("Enter password for private key again: ");
            if (first == null || again == null) {
                throw new Helm4jException("EOF");
            }
            if (!Arrays.equals(first, again)) {
                throw new Helm4jException("passwords do not match");
            }
            return new String(first).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return stdin.readAllBytes(); // piped in, as cosign reads it: every byte, a last newline included
        } catch (IOException e) {
            throw new Helm4jException("reading the password from standard input: " + e.getMessage(), e);
        }
    }

    /** cosign's {@code ui.ConfirmContinue}: only {@code y} or {@code Y} goes on. */
    static void confirm(InputStream stdin, PrintWriter err) {
        err.print("Are you sure you would like to continue? [y/N] ");
        err.flush();
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new Helm4jException(e.getMessage(), e);
        }
        String answer = line == null ? "" : line.replaceAll("^[\r\n]+|[\r\n]+$", "");
        switch (answer.toLowerCase(Locale.ROOT)) {
            case "y" -> {
                // overwrite
            }
            case "", "n" -> throw new Helm4jException("user declined the prompt");
            default -> throw new Helm4jException("invalid input " + Strconv.quote(answer) + " (allowed values y, n)");
        }
    }
}
