package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.registry.CosignKeys;
import io.helm4j.registry.RegistryClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;

/**
 * Beyond Helm, cosign's key files on the command line ({@code push --sign --key cosign.key}, {@code verify
 * oci://... --key cosign.pub}, {@code pull --verify --key cosign.pub}): the private key's password from
 * {@code COSIGN_PASSWORD} as cosign reads it, else asked on the terminal; the report cosign prints after a
 * verification.
 */
final class CosignKeyFiles {
    private CosignKeyFiles() {
    }

    static PrivateKey privateKey(CliContext ctx, String file) {
        byte[] pem = read(ctx, file);
        byte[] password = new byte[0];
        if (CosignKeys.isEncrypted(pem)) {
            String env = ctx.env().get("COSIGN_PASSWORD");
            if (env != null) {
                password = env.getBytes(StandardCharsets.UTF_8);
            } else {
                java.io.Console console = System.console();
                if (console == null) {
                    throw new Helm4jException(file + " is encrypted: set COSIGN_PASSWORD to its password (no terminal "
                            + "to ask it on)");
                }
                char[] typed = console.readPassword("Enter password for private key: ");
                password = typed == null ? new byte[0] : new String(typed).getBytes(StandardCharsets.UTF_8);
            }
        }
        return CosignKeys.readPrivate(pem, password, file);
    }

    static PublicKey publicKey(CliContext ctx, String file) {
        return CosignKeys.readPublic(read(ctx, file), file);
    }

    /** cosign's words after {@code verify --key}: the checks made, on stderr. */
    static void report(PrintWriter err, String ref) {
        err.println("Verification for " + ref + " --");
        err.println("The following checks were performed on each of these signatures:");
        err.println("  - The cosign claims were validated");
        err.println("  - The signatures were verified against the specified public key");
        err.flush();
    }

    /** cosign's stdout after {@code verify}: a blank line, then the verified payloads as one JSON array. */
    static String payloads(List<RegistryClient.CosignVerified> verified) {
        return "\n[" + String.join(",", verified.stream().map(RegistryClient.CosignVerified::payload).toList()) + "]\n";
    }

    private static byte[] read(CliContext ctx, String file) {
        Path p = Path.of(file);
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new Helm4jException("open " + file + ": no such file or directory", e);
        } catch (IOException e) {
            throw new Helm4jException("open " + file + ": " + e.getMessage(), e);
        }
    }
}
